#include "app/gui/admin/NewRecoveryCodeDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

NewRecoveryCodeDialog::NewRecoveryCodeDialog(const QString &recoveryCode, const QStringList &resetUsers,
                                             QWidget *parent)
    : QDialog(parent)
    , m_code(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_saved(new QCheckBox(this))
    , m_close(new QPushButton(this))
    , m_refusal(new QLabel(this))
{
    // Modal and short-lived: the language cannot change while it is open, so texts are set once.
    setObjectName(QStringLiteral("newRecoveryCodeDialog"));
    setWindowTitle(tr("New recovery code"));
    m_code->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_copy->setObjectName(QStringLiteral("copyRecoveryCodeButton"));
    m_saved->setObjectName(QStringLiteral("recoverySavedCheckBox"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));

    auto *explanation = new QLabel(
        tr("The database key was changed. This new recovery code opens the trial's data if every administrator "
           "password is lost; the previous code no longer does. It is shown only now: write it down or print it, "
           "and keep it in a safe place away from this computer. Anyone holding it can read the trial's data."),
        this);
    explanation->setWordWrap(true);

    m_code->setReadOnly(true);
    // The code is short and wraps if it must: no scroll bar to hide part of it.
    m_code->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_code->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // No undo history: the code must not survive in the widget once it is cleared.
    m_code->setUndoRedoEnabled(false);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Ask for fixed pitch explicitly: some system monospace fonts (Noto Sans Mono) are not flagged so.
    mono.setStyleHint(QFont::TypeWriter);
    mono.setFixedPitch(true);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_code->setFont(mono);
    m_code->setFixedHeight(m_code->fontMetrics().lineSpacing() * 3 + 16);
    m_code->setPlainText(recoveryCode);
    m_copy->setText(tr("&Copy"));

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_copy, 0, Qt::AlignTop);

    auto *users = new QLabel(this);
    users->setObjectName(QStringLiteral("resetUsersLabel"));
    users->setWordWrap(true);
    users->setTextFormat(Qt::PlainText);
    if (resetUsers.isEmpty())
        users->setText(tr("No other user had a password: nobody else needs a new one."));
    else
        users->setText(tr("These users can no longer sign in until you set a new password for each of them "
                          "(Users tab, Reset password…): %1")
                           .arg(resetUsers.join(QStringLiteral(", "))));

    m_saved->setText(tr("I have &saved the new recovery code"));
    m_close->setText(tr("C&lose"));
    m_close->setEnabled(false);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(codeRow);
    layout->addSpacing(8);
    layout->addWidget(users);
    layout->addSpacing(8);
    layout->addWidget(m_saved);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, &NewRecoveryCodeDialog::copy);
    connect(m_saved, &QCheckBox::toggled, this, [this](bool saved) {
        m_close->setEnabled(saved);
        if (saved)
            m_refusal->clear();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRecoveryCodeDialog::accept);
    m_saved->setFocus();
    setMinimumWidth(520);
}

bool NewRecoveryCodeDialog::isSaved() const
{
    return m_saved->isChecked();
}

void NewRecoveryCodeDialog::done(int result)
{
    if (!m_saved->isChecked()) {
        m_refusal->setText(tr("Save the new recovery code and tick the box first: it cannot be shown again."));
        m_saved->setFocus();
        return;
    }
    m_code->clear();
    QDialog::done(result);
}

void NewRecoveryCodeDialog::copy()
{
    QApplication::clipboard()->setText(m_code->toPlainText());
}

} // namespace trialdesk::gui
