#include "app/gui/participants/ParticipantPage.h"

#include "app/gui/Secrets.h"
#include "app/gui/forms/FormEntryDialog.h"
#include "app/gui/participants/EventDialog.h"
#include "app/gui/participants/TrialProtocol.h"
#include "app/gui/randomization/RandomizeDialog.h"
#include "app/gui/visits/VisitTimelineWidget.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

namespace {
QDateEdit *dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMaximumDate(date);
    return edit;
}

QLineEdit *lineEdit(const char *objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

ParticipantPage::ParticipantPage(core::TrialSession &session, const QString &studyId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_studyId(studyId)
    , m_back(new QPushButton(this))
    , m_heading(new QLabel(this))
    , m_header(new QLabel(this))
    , m_timelineLabel(new QLabel(this))
    , m_timelineList(new QListWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("participantPage"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_heading->setObjectName(QStringLiteral("participantHeading"));
    m_header->setObjectName(QStringLiteral("participantHeader"));
    m_timelineList->setObjectName(QStringLiteral("timelineList"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timelineLabel->setBuddy(m_timelineList);
    m_timelineList->setWordWrap(true);
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_back);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_header);
    // Identity is not merely hidden from roles without IdentityView: the panel is never built.
    if (m_session.can(core::Action::IdentityView)) {
        m_identityBox = new QGroupBox(this);
        m_identityBox->setObjectName(QStringLiteral("identityBox"));
        m_identity = new QLabel(m_identityBox);
        m_identity->setObjectName(QStringLiteral("identityLabel"));
        m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_identity->setWordWrap(true);
        auto *identityLayout = new QVBoxLayout(m_identityBox);
        identityLayout->addWidget(m_identity);
        layout->addWidget(m_identityBox);
    }
    layout->addWidget(m_timelineLabel);
    layout->addWidget(m_timelineList, 1);
    if (m_session.can(core::Action::VisitView)) {
        m_visitsBox = new QGroupBox(this);
        m_visitsBox->setObjectName(QStringLiteral("visitsBox"));
        m_visits = new VisitTimelineWidget(m_session, m_studyId, m_visitsBox);
        connect(m_visits, &VisitTimelineWidget::formRequested, this,
                [this](const QString &studyId, const QString &visitCode, const QString &formCode) {
                    FormEntryDialog dialog(m_session, core::FormSlot { studyId, visitCode, formCode, 0 }, this);
                    dialog.exec();
                    if (dialog.changed())
                        m_visits->reload();
                });
        auto *visitsLayout = new QVBoxLayout(m_visitsBox);
        visitsLayout->addWidget(m_visits);
        layout->addWidget(m_visitsBox, 1);
    }

    const bool changes = m_session.can(core::Action::ParticipantStatusChange);
    if (m_session.can(core::Action::Randomize))
        m_randomize = addAction("randomizeButton", &ParticipantPage::randomize);
    if (changes) {
        m_withdraw = addAction("withdrawButton", &ParticipantPage::withdraw);
        m_lost = addAction("lostButton", &ParticipantPage::markLostToFollowUp);
        m_deviation = addAction("deviationButton", &ParticipantPage::recordDeviation);
        m_adverseEvent = addAction("adverseEventButton", &ParticipantPage::recordAdverseEvent);
        m_inError = addAction("inErrorButton", &ParticipantPage::markRandomizedInError);
        m_misclassification = addAction("misclassificationButton", &ParticipantPage::noteMisclassification);
    }
    if (m_session.can(core::Action::ConsentRecord))
        m_reconsent = addAction("reconsentButton", &ParticipantPage::recordReconsent);
    // Two rows keep eight actions readable at 1280 pixels.
    auto *firstRow = new QHBoxLayout;
    auto *secondRow = new QHBoxLayout;
    for (int i = 0; i < m_actions.size(); ++i)
        (i < 4 ? firstRow : secondRow)->addWidget(m_actions.at(i));
    firstRow->addStretch(1);
    secondRow->addStretch(1);
    auto *actionRows = new QVBoxLayout;
    actionRows->addLayout(firstRow);
    actionRows->addLayout(secondRow);
    layout->addLayout(actionRows);
    layout->addWidget(m_message);

    connect(m_back, &QPushButton::clicked, this, &ParticipantPage::backRequested);
    reload();
}

QPushButton *ParticipantPage::addAction(const char *objectName, void (ParticipantPage::*slot)())
{
    auto *button = new QPushButton(this);
    button->setObjectName(QLatin1String(objectName));
    connect(button, &QPushButton::clicked, this, slot);
    m_actions.append(button);
    return button;
}

void ParticipantPage::reload()
{
    core::ParticipantService participants(m_session);
    core::Result<core::ParticipantDetails> details = participants.details(m_studyId);
    if (!details.ok()) {
        m_loaded = false;
        m_loadError = details.error().message;
        m_message->setText(m_loadError);
        return;
    }
    core::Result<QList<core::TimelineItem>> timeline = participants.timeline(m_studyId);
    if (!timeline.ok()) {
        m_loaded = false;
        m_loadError = timeline.error().message;
        m_message->setText(m_loadError);
        return;
    }
    m_details = std::move(details).value();
    m_timeline = std::move(timeline).value();
    m_loaded = true;
    m_loadError.clear();
    retranslate();
}

void ParticipantPage::retranslate()
{
    m_back->setText(tr("&Back to the list"));
    m_timelineLabel->setText(tr("&Timeline"));
    if (m_visitsBox)
        m_visitsBox->setTitle(tr("Visit schedule"));
    if (m_randomize)
        m_randomize->setText(tr("&Randomize…"));
    if (m_withdraw) {
        m_withdraw->setText(tr("&Withdraw…"));
        m_lost->setText(tr("&Lost to follow-up…"));
        m_deviation->setText(tr("Protocol &deviation…"));
        m_adverseEvent->setText(tr("&Adverse event…"));
        m_inError->setText(tr("Randomized in &error…"));
        m_misclassification->setText(tr("Stratum &misclassification…"));
    }
    if (m_reconsent)
        m_reconsent->setText(tr("Record re-&consent…"));
    if (!m_loaded)
        return;

    const core::ParticipantSummary &summary = m_details.summary;
    m_heading->setText(tr("Participant %1").arg(summary.studyId));
    QStringList header;
    header << tr("<b>Site:</b> %1").arg(escaped(summary.siteCode));
    header << tr("<b>Status:</b> %1").arg(escaped(core::participantStatusDisplayName(summary.status)));
    if (!m_details.screeningNumber.isEmpty())
        header << tr("<b>Screening:</b> %1").arg(escaped(m_details.screeningNumber));
    if (summary.randomizedAt.isValid())
        header << tr("<b>Randomized:</b> %1 by %2")
                      .arg(QLocale().toString(summary.randomizedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                           escaped(m_details.randomizedBy));
    // summary.armCode is filled by the service for ArmView roles only; the check is repeated here
    // so that a blinded role's page can never show it.
    if (m_session.can(core::Action::ArmView) && !summary.armCode.isEmpty()) {
        const core::Result<core::Protocol> protocol = TrialProtocol::current(m_session);
        const QString name
            = protocol.ok() ? TrialProtocol::armName(protocol.value(), summary.armCode) : summary.armCode;
        header << tr("<b>Arm:</b> %1 (%2)").arg(escaped(name), escaped(summary.armCode));
    }
    QStringList strata;
    for (const core::StratumValue &value : m_details.stratumValues) {
        //: A stratification factor and its level, e.g. "Primary chronic condition: Heart failure".
        QString text = tr("%1: %2").arg(escaped(value.factorName), escaped(value.levelName));
        if (m_details.misclassifiedAs.contains(value.factorCode))
            text += QStringLiteral(" ")
                + tr("(noted as misclassified: should be %1)")
                      .arg(escaped(m_details.misclassifiedAs.value(value.factorCode)));
        strata << text;
    }
    QString consent = tr("none recorded");
    if (m_details.latestConsent)
        consent = tr("form %1 on %2 by %3%4")
                      .arg(escaped(m_details.latestConsent->formVersion),
                           m_details.latestConsent->date.toString(Qt::ISODate),
                           escaped(m_details.latestConsent->obtainedBy),
                           m_details.consentCurrent ? QString() : tr(" (not current: re-consent required)"));
    m_header->setText(header.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("<br>")
                      + tr("<b>Strata:</b> %1").arg(strata.join(QStringLiteral("; "))) + QStringLiteral("<br>")
                      + tr("<b>Consent:</b> %1").arg(consent));

    if (m_identityBox) {
        m_identityBox->setTitle(tr("Identity (confidential)"));
        if (m_details.identity) {
            const core::Identity &identity = *m_details.identity;
            QStringList lines;
            lines << tr("<b>Name:</b> %1, %2").arg(escaped(identity.lastName), escaped(identity.firstName));
            lines << tr("<b>Date of birth:</b> %1").arg(identity.dateOfBirth.toString(Qt::ISODate));
            lines << tr("<b>RAMQ:</b> %1").arg(escaped(identity.ramq));
            lines << tr("<b>Telephone:</b> %1").arg(escaped(identity.phone));
            lines << tr("<b>E-mail:</b> %1").arg(escaped(identity.email));
            lines << tr("<b>Preferred language:</b> %1")
                         .arg(identity.language == QLatin1String("en") ? tr("English") : tr("French"));
            m_identity->setText(lines.join(QStringLiteral("<br>")));
        } else {
            m_identity->setText(tr("No identity recorded for this participant."));
        }
    }

    m_timelineList->clear();
    for (const core::TimelineItem &item : m_timeline) {
        const QDate day = item.date.isValid() ? item.date : item.at.toLocalTime().date();
        QString line = day.toString(Qt::ISODate) + QStringLiteral("  ") + item.title;
        if (!item.detail.isEmpty())
            line += QStringLiteral(" — ") + item.detail;
        if (!item.by.isEmpty())
            line += QStringLiteral("  ") + tr("(by %1)").arg(item.by);
        auto *entry = new QListWidgetItem(line, m_timelineList);
        entry->setData(Qt::UserRole, item.kind);
        entry->setToolTip(
            tr("Recorded %1").arg(QLocale().toString(item.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    updateActions();
}

void ParticipantPage::updateActions()
{
    const core::ParticipantStatus status = m_details.summary.status;
    const bool randomized = m_details.summary.randomizedAt.isValid();
    if (m_randomize)
        m_randomize->setEnabled(!randomized && status == core::ParticipantStatus::Registered);
    if (m_inError)
        m_inError->setEnabled(randomized && status != core::ParticipantStatus::RandomizedInError);
    if (m_lost)
        m_lost->setEnabled(status != core::ParticipantStatus::LostToFollowUp);
}

void ParticipantPage::afterChange()
{
    m_changed = true;
    reload();
}

void ParticipantPage::randomize()
{
    RandomizeDialog dialog(m_session, m_studyId, this);
    dialog.exec();
    if (dialog.randomized())
        afterChange();
}

void ParticipantPage::withdraw()
{
    EventDialog dialog(tr("Withdraw %1").arg(m_studyId),
                       tr("Record the participant's withdrawal. Choose what they withdraw from: the intervention "
                          "only (still followed), all further follow-up, or the use of their data."),
                       this);
    auto *scope = new QComboBox;
    scope->setObjectName(QStringLiteral("scopeCombo"));
    scope->addItem(tr("From the intervention (still followed)"), static_cast<int>(core::WithdrawalScope::Intervention));
    scope->addItem(tr("From follow-up (data so far is used)"), static_cast<int>(core::WithdrawalScope::FollowUp));
    scope->addItem(tr("From the use of their data"), static_cast<int>(core::WithdrawalScope::Data));
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    QDateEdit *date = dateEdit(today);
    date->setObjectName(QStringLiteral("dateEdit"));
    QLineEdit *reason = lineEdit("reasonEdit");
    dialog.addField(tr("&From:"), scope);
    dialog.addField(tr("&Date:"), date);
    dialog.addField(tr("&Reason:"), reason);
    dialog.setAcceptText(tr("&Record withdrawal"));
    dialog.setAction([&] {
        return core::ParticipantService(m_session).withdraw(
            m_studyId, static_cast<core::WithdrawalScope>(scope->currentData().toInt()), date->date(),
            reason->text().trimmed());
    });
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ParticipantPage::markLostToFollowUp()
{
    EventDialog dialog(tr("Lost to follow-up: %1").arg(m_studyId),
                       tr("Record that the participant can no longer be reached. Say what was tried."), this);
    QDateEdit *date = dateEdit(m_session.clock().nowUtc().toLocalTime().date());
    date->setObjectName(QStringLiteral("dateEdit"));
    QLineEdit *reason = lineEdit("reasonEdit");
    reason->setPlaceholderText(tr("e.g. three calls and one letter without answer"));
    dialog.addField(tr("&Date:"), date);
    dialog.addField(tr("&Reason:"), reason);
    dialog.setAction([&] {
        return core::ParticipantService(m_session).markLostToFollowUp(m_studyId, date->date(),
                                                                      reason->text().trimmed());
    });
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ParticipantPage::recordDeviation()
{
    EventDialog dialog(tr("Protocol deviation: %1").arg(m_studyId),
                       tr("Describe the deviation from the protocol and the day it happened."), this);
    QDateEdit *date = dateEdit(m_session.clock().nowUtc().toLocalTime().date());
    date->setObjectName(QStringLiteral("dateEdit"));
    QLineEdit *description = lineEdit("descriptionEdit");
    dialog.addField(tr("&Date:"), date);
    dialog.addField(tr("De&scription:"), description);
    dialog.setAction([&] {
        return core::ParticipantService(m_session).recordDeviation(m_studyId, date->date(),
                                                                   description->text().trimmed());
    });
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ParticipantPage::recordAdverseEvent()
{
    EventDialog dialog(tr("Adverse event: %1").arg(m_studyId),
                       tr("Describe the adverse event, whether it is serious, its onset and, when it has ended, "
                          "its end and outcome."),
                       this);
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    QLineEdit *description = lineEdit("descriptionEdit");
    auto *serious = new QCheckBox(tr("Serious adverse event"));
    serious->setObjectName(QStringLiteral("seriousCheckBox"));
    QDateEdit *onset = dateEdit(today);
    onset->setObjectName(QStringLiteral("onsetEdit"));
    auto *ended = new QCheckBox(tr("The event has ended"));
    ended->setObjectName(QStringLiteral("endedCheckBox"));
    QDateEdit *end = dateEdit(today);
    end->setObjectName(QStringLiteral("endEdit"));
    end->setEnabled(false);
    connect(ended, &QCheckBox::toggled, end, &QDateEdit::setEnabled);
    auto *outcome = new QComboBox;
    outcome->setObjectName(QStringLiteral("outcomeCombo"));
    // The stored values are the codes; the labels follow the interface language.
    outcome->addItem(tr("Unknown"), QStringLiteral("unknown"));
    outcome->addItem(tr("Recovering"), QStringLiteral("recovering"));
    outcome->addItem(tr("Recovered"), QStringLiteral("recovered"));
    outcome->addItem(tr("Not recovered"), QStringLiteral("not recovered"));
    outcome->addItem(tr("Fatal"), QStringLiteral("fatal"));
    dialog.addField(tr("De&scription:"), description);
    dialog.addField(QString(), serious);
    dialog.addField(tr("&Onset:"), onset);
    dialog.addField(QString(), ended);
    dialog.addField(tr("E&nd:"), end);
    dialog.addField(tr("O&utcome:"), outcome);
    dialog.setAction([&] {
        core::AdverseEventInput input;
        input.description = description->text().trimmed();
        input.serious = serious->isChecked();
        input.onset = onset->date();
        if (ended->isChecked())
            input.end = end->date();
        input.outcome = outcome->currentData().toString();
        return core::ParticipantService(m_session).recordAdverseEvent(m_studyId, input);
    });
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ParticipantPage::markRandomizedInError()
{
    EventDialog dialog(tr("Randomized in error: %1").arg(m_studyId),
                       tr("The randomization stays in the log and its position is never reused. Give the reason, "
                          "then sign with your password."),
                       this);
    QLineEdit *reason = lineEdit("reasonEdit");
    QLineEdit *password = lineEdit("signatureEdit");
    password->setEchoMode(QLineEdit::Password);
    auto *meaning = new QLabel(tr("Meaning of the signature: I confirm the randomization was in error."));
    meaning->setWordWrap(true);
    dialog.addField(tr("&Reason:"), reason);
    dialog.addField(QString(), meaning);
    dialog.addField(tr("&Password:"), password);
    dialog.setAcceptText(tr("&Sign and record"));
    dialog.setAction([&] {
        QByteArray secret = Secrets::take(password);
        const core::Status status
            = core::ParticipantService(m_session).markRandomizedInError(m_studyId, reason->text().trimmed(), secret);
        Secrets::wipe(secret);
        return status;
    });
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ParticipantPage::noteMisclassification()
{
    const core::Result<core::Protocol> protocol = TrialProtocol::current(m_session);
    if (!protocol.ok()) {
        m_message->setText(protocol.error().message);
        return;
    }
    EventDialog dialog(tr("Stratum misclassification: %1").arg(m_studyId),
                       tr("Note the level that should have been recorded. The allocation and the recorded values "
                          "do not change; the note is kept for the analysis."),
                       this);
    auto *factor = new QComboBox;
    factor->setObjectName(QStringLiteral("factorCombo"));
    auto *level = new QComboBox;
    level->setObjectName(QStringLiteral("levelCombo"));
    for (const core::ProtocolFactor &candidate : protocol->factors)
        if (!candidate.isSite)
            factor->addItem(candidate.name.current(), candidate.code);
    const core::Protocol definition = protocol.value();
    auto fillLevels = [level, factor, definition] {
        level->clear();
        for (const core::ProtocolFactor &candidate : definition.factors)
            if (candidate.code == factor->currentData().toString())
                for (const core::ProtocolLevel &option : candidate.levels)
                    level->addItem(option.name.current(), option.code);
    };
    fillLevels();
    connect(factor, &QComboBox::currentIndexChanged, &dialog, fillLevels);
    QLineEdit *reason = lineEdit("reasonEdit");
    dialog.addField(tr("&Factor:"), factor);
    dialog.addField(tr("&Correct level:"), level);
    dialog.addField(tr("&Reason:"), reason);
    dialog.setAction([&] {
        return core::ParticipantService(m_session).noteMisclassification(
            m_studyId, factor->currentData().toString(), level->currentData().toString(), reason->text().trimmed());
    });
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ParticipantPage::recordReconsent()
{
    const core::Result<core::Protocol> protocol = TrialProtocol::current(m_session);
    if (!protocol.ok()) {
        m_message->setText(protocol.error().message);
        return;
    }
    EventDialog dialog(tr("Record consent: %1").arg(m_studyId),
                       tr("Record a further consent, e.g. on the new form after an amendment. Only the current "
                          "approved form version counts."),
                       this);
    auto *version = new QComboBox;
    version->setObjectName(QStringLiteral("formVersionCombo"));
    for (const core::ConsentFormVersion &form : protocol->consentForms) {
        version->addItem(form.current ? tr("%1 (current)").arg(form.version) : form.version, form.version);
        if (form.current)
            version->setCurrentIndex(version->count() - 1);
    }
    QDateEdit *date = dateEdit(m_session.clock().nowUtc().toLocalTime().date());
    date->setObjectName(QStringLiteral("dateEdit"));
    QLineEdit *obtainedBy = lineEdit("obtainedByEdit");
    obtainedBy->setPlaceholderText(m_session.user().username);
    dialog.addField(tr("&Form version:"), version);
    dialog.addField(tr("&Date:"), date);
    dialog.addField(tr("&Obtained by:"), obtainedBy);
    dialog.setAction([&] {
        return core::EnrollmentService(m_session).recordConsent(
            m_studyId, { version->currentData().toString(), date->date(), obtainedBy->text().trimmed() });
    });
    if (dialog.exec() == QDialog::Accepted)
        afterChange();
}

void ParticipantPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace trialdesk::gui
