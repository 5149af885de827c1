#include "app/gui/wizard/RecoveryPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

RecoveryPage::RecoveryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_explanation(new QLabel(this))
    , m_code(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_saved(new QCheckBox(this))
{
    m_code->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_copy->setObjectName(QStringLiteral("copyRecoveryCodeButton"));
    m_saved->setObjectName(QStringLiteral("recoverySavedCheckBox"));
    m_explanation->setWordWrap(true);
    m_code->setReadOnly(true);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Ask for fixed pitch explicitly: some system monospace fonts (Noto Sans Mono) are not flagged so.
    mono.setStyleHint(QFont::TypeWriter);
    mono.setFixedPitch(true);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_code->setFont(mono);
    m_code->setFixedHeight(m_code->fontMetrics().lineSpacing() * 3 + 16);

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(codeRow);
    layout->addSpacing(12);
    layout->addWidget(m_saved);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this, &RecoveryPage::copy);
    connect(m_saved, &QCheckBox::toggled, this, &RecoveryPage::completeChanged);
    retranslate();
}

void RecoveryPage::setRecoveryCode(const QString &code)
{
    m_code->setPlainText(code);
    m_saved->setChecked(false);
}

void RecoveryPage::forgetRecoveryCode()
{
    m_code->clear();
}

bool RecoveryPage::isComplete() const
{
    return m_saved->isChecked();
}

void RecoveryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void RecoveryPage::retranslate()
{
    setTitle(tr("Recovery code"));
    setSubTitle(tr("The trial was created."));
    m_explanation->setText(tr("This recovery code opens the trial's data if every administrator password is lost. "
                              "It is shown only now: write it down or print it, and keep it in a safe place away "
                              "from this computer. Anyone holding it can read the trial's data."));
    m_copy->setText(tr("&Copy"));
    m_saved->setText(tr("I have &saved the recovery code in a safe place"));
}

void RecoveryPage::copy()
{
    QApplication::clipboard()->setText(m_code->toPlainText());
}

} // namespace trialdesk::gui
