#include "app/gui/participants/IdentityPage.h"

#include "app/gui/ConnectionBanner.h"
#include "app/gui/participants/ConsentPage.h"
#include "app/gui/participants/ScreeningPage.h"
#include "app/gui/participants/ScreeningWizard.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RamqNumber.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace trialdesk::gui {

IdentityPage::IdentityPage(core::TrialSession &session, const ScreeningPage *screening, const ConsentPage *consent,
                           QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_screening(screening)
    , m_consent(consent)
    , m_lastName(new QLineEdit(this))
    , m_firstName(new QLineEdit(this))
    , m_dateOfBirth(new QDateEdit(this))
    , m_ramq(new QLineEdit(this))
    , m_ramqCheck(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_connection(new ConnectionBanner(session, this))
{
    setObjectName(QStringLiteral("identityPage"));
    setTitle(tr("Identity"));
    setSubTitle(tr("Kept apart from the study data; only coordinators and investigators see it. Registering "
                   "records the screening, the consent and the participant together."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Register"));
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirthEdit"));
    m_ramq->setObjectName(QStringLiteral("ramqEdit"));
    m_ramqCheck->setObjectName(QStringLiteral("ramqCheckLabel"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    m_dateOfBirth->setCalendarPopup(true);
    m_dateOfBirth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateOfBirth->setDateRange(today.addYears(-130), today);
    m_dateOfBirth->setDate(today.addYears(-60));
    m_ramq->setPlaceholderText(tr("4 letters and 8 digits, e.g. TREM 6451 1212"));
    m_ramq->setMaxLength(16);
    m_phone->setPlaceholderText(tr("e.g. 514 555-0101"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_ramqCheck->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("Date of &birth:"), m_dateOfBirth);
    form->addRow(tr("&RAMQ number:"), m_ramq);
    form->addRow(QString(), m_ramqCheck);
    form->addRow(tr("&Telephone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Preferred &language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_connection);
    layout->addWidget(m_error);
    layout->addStretch(1);

    for (QLineEdit *edit : { m_ramq, m_lastName, m_firstName })
        connect(edit, &QLineEdit::textChanged, this, &IdentityPage::checkRamq);
    connect(m_dateOfBirth, &QDateEdit::dateChanged, this, &IdentityPage::checkRamq);
}

core::Identity IdentityPage::identity() const
{
    core::Identity identity;
    identity.lastName = m_lastName->text().trimmed();
    identity.firstName = m_firstName->text().trimmed();
    identity.dateOfBirth = m_dateOfBirth->date();
    identity.ramq = core::RamqNumber::normalize(m_ramq->text());
    identity.phone = m_phone->text().trimmed();
    identity.email = m_email->text().trimmed();
    identity.language = m_language->currentData().toString();
    return identity;
}

QString IdentityPage::ramqCheck() const
{
    return m_ramqCheck->text();
}

void IdentityPage::checkRamq()
{
    const QString number = core::RamqNumber::normalize(m_ramq->text());
    if (number.isEmpty()) {
        m_ramqCheck->clear();
        return;
    }
    // The format first, alone; then agreement with what is already typed, as the fields fill in.
    core::Status status = core::RamqNumber::validate(number);
    if (status.ok())
        status = core::RamqNumber::validate(number, m_dateOfBirth->date(), m_screening->sex(),
                                            m_lastName->text().trimmed(), m_firstName->text().trimmed());
    if (status.ok()) {
        m_ramqCheck->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
        m_ramqCheck->setText(tr("Valid RAMQ number."));
    } else {
        m_ramqCheck->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ramqCheck->setText(status.error().message);
    }
}

bool IdentityPage::validatePage()
{
    core::EnrollmentInput input;
    input.strata = m_consent->strata();
    input.consent = m_consent->consent();
    input.identity = identity();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::EnrollmentService::Registration> registered
        = core::EnrollmentService(m_session).enroll(m_screening->input(), input);
    QApplication::restoreOverrideCursor();
    if (!registered.ok()) {
        // What was typed stays in the fields; a lost connection is retried in the background.
        m_connection->handle(registered.error());
        m_error->setText(registered.error().message);
        return false;
    }
    m_error->clear();
    m_connection->clear();
    if (auto *owner = qobject_cast<ScreeningWizard *>(wizard()))
        owner->recorded(registered->screeningNumber,
                        core::screeningOutcomeDisplayName(core::ScreeningOutcome::Eligible), registered->studyId);
    return true;
}

int IdentityPage::nextId() const
{
    return ScreeningWizard::ResultPageId;
}

} // namespace trialdesk::gui
