#include "app/gui/randomization/RandomizeDialog.h"

#include "app/gui/ConnectionBanner.h"
#include "app/gui/Secrets.h"
#include "core/enrollment/RandomizationService.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

namespace {
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

RandomizeDialog::RandomizeDialog(core::TrialSession &session, const QString &studyId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_studyId(studyId)
    , m_steps(new QStackedWidget(this))
    , m_error(new QLabel(this))
    , m_connection(new ConnectionBanner(session, this))
    , m_close(new QPushButton(this))
{
    // Modal and short-lived: the language cannot change while it is open, so texts are set once.
    setObjectName(QStringLiteral("randomizeDialog"));
    setWindowTitle(tr("Randomize %1").arg(studyId));
    m_steps->setObjectName(QStringLiteral("stepStack"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setText(tr("&Cancel"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &RandomizeDialog::reject);

    core::Result<core::RandomizationPreview> preview = core::RandomizationService(m_session).prepare(studyId);
    if (preview.ok()) {
        m_preview = std::move(preview).value();
        m_steps->addWidget(buildConfirmation());
        m_steps->addWidget(buildSignature());
    } else {
        showError(preview.error().message);
        m_close->setText(tr("&Close"));
    }

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_connection);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(520);
}

QWidget *RandomizeDialog::buildConfirmation()
{
    auto *page = new QWidget(m_steps);
    page->setObjectName(QStringLiteral("confirmationStep"));
    const core::RandomizationPreview &preview = *m_preview;
    auto *intro = new QLabel(tr("<b>Step 1 of 2.</b> Check the participant and the stratum values against the "
                                "source documents: the allocation depends on them and cannot be undone."),
                             page);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Study ID:"), valueLabel(preview.studyId, page));
    if (!preview.displayName.isEmpty())
        form->addRow(tr("Name:"), valueLabel(preview.displayName, page));
    form->addRow(tr("Site:"), valueLabel(preview.siteCode, page));
    form->addRow(
        tr("Screening:"),
        valueLabel(tr("%1 on %2").arg(preview.screeningNumber, preview.screeningDate.toString(Qt::ISODate)), page));
    form->addRow(
        tr("Consent:"),
        valueLabel(tr("form %1 signed on %2").arg(preview.consentVersion, preview.consentDate.toString(Qt::ISODate)),
                   page));
    for (const core::StratumValue &value : preview.stratumValues) {
        auto *level = valueLabel(QStringLiteral("<b>%1</b>").arg(value.levelName.toHtmlEscaped()), page);
        level->setObjectName(QStringLiteral("stratum_") + value.factorCode);
        form->addRow(value.factorName + QStringLiteral(":"), level);
    }
    m_confirm = new QCheckBox(tr("I have &checked these values"), page);
    m_confirm->setObjectName(QStringLiteral("confirmCheckBox"));
    m_next = new QPushButton(tr("&Next: sign"), page);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setEnabled(false);
    m_next->setDefault(true);
    connect(m_confirm, &QCheckBox::toggled, m_next, &QPushButton::setEnabled);
    connect(m_next, &QPushButton::clicked, this, &RandomizeDialog::goToSignature);
    auto *row = new QHBoxLayout;
    row->addWidget(m_confirm, 1);
    row->addWidget(m_next);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(row);
    return page;
}

QWidget *RandomizeDialog::buildSignature()
{
    auto *page = new QWidget(m_steps);
    page->setObjectName(QStringLiteral("signatureStep"));
    auto *intro = new QLabel(tr("<b>Step 2 of 2: electronic signature.</b> Enter your password to sign. The "
                                "signature is recorded with its meaning:"),
                             page);
    intro->setWordWrap(true);
    auto *meaning = new QLabel(QStringLiteral("« %1 »").arg(m_preview->signatureMeaning.isEmpty()
                                                                ? core::RandomizationService::signatureMeaning()
                                                                : m_preview->signatureMeaning),
                               page);
    meaning->setObjectName(QStringLiteral("meaningLabel"));
    QFont font = meaning->font();
    font.setBold(true);
    meaning->setFont(font);
    meaning->setWordWrap(true);
    auto *signer
        = new QLabel(tr("Signing as %1 (%2)").arg(m_session.user().displayName, m_session.user().username), page);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("signatureEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("&Password:"), page);
    passwordLabel->setBuddy(m_password);
    m_sign = new QPushButton(tr("&Sign and randomize"), page);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_sign->setDefault(true);
    connect(m_sign, &QPushButton::clicked, this, &RandomizeDialog::sign);
    connect(m_password, &QLineEdit::returnPressed, this, &RandomizeDialog::sign);
    auto *row = new QHBoxLayout;
    row->addWidget(passwordLabel);
    row->addWidget(m_password, 1);
    row->addWidget(m_sign);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(meaning);
    layout->addWidget(signer);
    layout->addStretch(1);
    layout->addLayout(row);
    return page;
}

QWidget *RandomizeDialog::buildResult()
{
    // Built only after the commit: before it, no widget of this dialog holds an arm.
    auto *page = new QWidget(m_steps);
    page->setObjectName(QStringLiteral("resultStep"));
    const core::RandomizationOutcome &outcome = *m_outcome;
    auto *done = new QLabel(tr("Participant %1 is randomized.").arg(outcome.studyId), page);
    auto *arm = new QLabel(tr("Arm: %1").arg(outcome.armName.isEmpty() ? outcome.armCode : outcome.armName), page);
    arm->setObjectName(QStringLiteral("armLabel"));
    QFont font = arm->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    arm->setFont(font);
    arm->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *when = new QLabel(
        tr("Randomized on %1 by %2")
            .arg(QLocale().toString(outcome.randomizedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 outcome.randomizedBy),
        page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(done);
    layout->addWidget(arm);
    layout->addWidget(when);
    layout->addStretch(1);
    return page;
}

void RandomizeDialog::goToSignature()
{
    if (!m_preview || !m_confirm->isChecked())
        return;
    m_error->clear();
    m_steps->setCurrentIndex(1);
    m_password->setFocus();
}

void RandomizeDialog::sign()
{
    if (!m_preview || m_outcome)
        return;
    QByteArray password = Secrets::take(m_password);
    if (password.isEmpty()) {
        showError(tr("Enter your password to sign the randomization."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::Result<core::RandomizationOutcome> outcome
        = core::RandomizationService(m_session).randomize(m_studyId, password);
    QApplication::restoreOverrideCursor();
    Secrets::wipe(password);
    if (!outcome.ok()) {
        // Signing again after the connection is back is safe: the server randomizes a participant once.
        m_connection->handle(outcome.error());
        showError(outcome.error().message);
        m_password->setFocus();
        return;
    }
    m_outcome = std::move(outcome).value();
    m_error->clear();
    m_connection->clear();
    m_result = buildResult();
    m_steps->addWidget(m_result);
    m_steps->setCurrentWidget(m_result);
    m_close->setText(tr("&Close"));
    m_close->setDefault(true);
    m_close->setFocus();
    // Closing now is "done", not "cancel": the randomization is committed.
    disconnect(m_close, &QPushButton::clicked, this, &RandomizeDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &RandomizeDialog::accept);
}

QString RandomizeDialog::errorText() const
{
    return m_error->text();
}

void RandomizeDialog::showError(const QString &text)
{
    m_error->setText(text);
}

} // namespace trialdesk::gui
