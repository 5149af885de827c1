#pragma once

#include "core/enrollment/Participant.h"

#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ConnectionBanner;
class ConsentPage;
class ScreeningPage;

// The participant's identity (kept apart from study data, seen only by IdentityView roles): names,
// date of birth, RAMQ number checked as it is typed, telephone, e-mail, preferred language. Leaving
// the page records screening, consent and registration in one transaction.
class IdentityPage : public QWizardPage
{
    Q_OBJECT

public:
    IdentityPage(core::TrialSession &session, const ScreeningPage *screening, const ConsentPage *consent,
                 QWidget *parent = nullptr);

    core::Identity identity() const;
    // The RAMQ field's inline verdict (empty while the field is empty).
    QString ramqCheck() const;

    bool validatePage() override;
    int nextId() const override;

private:
    void checkRamq();

    core::TrialSession &m_session;
    const ScreeningPage *m_screening;
    const ConsentPage *m_consent;
    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    QDateEdit *m_dateOfBirth;
    QLineEdit *m_ramq;
    QLabel *m_ramqCheck;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_language;
    QLabel *m_error;
    ConnectionBanner *m_connection;
};

} // namespace trialdesk::gui
