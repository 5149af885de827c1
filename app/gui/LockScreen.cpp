#include "app/gui/LockScreen.h"

#include "app/gui/Secrets.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

LockScreen::LockScreen(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_unlock(new QPushButton(this))
    , m_quit(new QPushButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_password->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_error->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(280);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 3);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_error->setAlignment(Qt::AlignCenter);
    m_unlock->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_quit);
    buttons->addWidget(m_unlock);
    auto *box = new QWidget(this);
    box->setFixedWidth(460);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_explanation);
    boxLayout->addSpacing(8);
    boxLayout->addWidget(m_password);
    boxLayout->addWidget(m_error);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_quit, &QPushButton::clicked, this, &LockScreen::quitRequested);
    retranslate();
}

void LockScreen::reset()
{
    m_password->clear();
    m_error->clear();
    m_password->setFocus();
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::retranslate()
{
    m_title->setText(tr("TrialDesk is locked"));
    m_explanation->setText(tr("Signed in as %1 (%2). Type your password to go on; anyone else should quit "
                              "and sign in with their own account.")
                               .arg(m_session.user().displayName, m_session.user().username));
    m_password->setPlaceholderText(tr("Password"));
    m_unlock->setText(tr("&Unlock"));
    m_quit->setText(tr("&Quit"));
}

void LockScreen::tryUnlock()
{
    if (m_password->text().isEmpty()) {
        m_error->setText(tr("Type your password to unlock."));
        return;
    }
    QByteArray password = Secrets::take(m_password);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = m_session.verifyPassword(password);
    QApplication::restoreOverrideCursor();
    Secrets::wipe(password);
    if (!status.ok()) {
        m_error->setText(status.error().message);
        m_password->setFocus();
        return;
    }
    m_error->clear();
    emit unlocked();
}

} // namespace trialdesk::gui
