#pragma once

#include "core/enrollment/Screening.h"
#include "core/protocol/Protocol.h"

#include <QWizard>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ConsentPage;
class IdentityPage;
class ScreeningPage;
class ScreeningResultPage;

// "Screen a patient…": the screening (site, date, age, sex, the protocol's eligibility checklist
// with its outcome computed live, or declined / other with a reason). A screening that does not
// lead to enrolment is recorded at once; an eligible one continues with consent and stratum values,
// then identity, and screening, consent and registration are recorded together (all or nothing).
// The last page shows the screening number, and the study ID when registered.
class ScreeningWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ScreeningPageId, ConsentPageId, IdentityPageId, ResultPageId };

    ScreeningWizard(core::TrialSession &session, QWidget *parent = nullptr);

    // Empty until a screening or a registration is recorded.
    QString screeningNumber() const { return m_screeningNumber; }
    QString registeredStudyId() const { return m_studyId; }
    // False when the protocol could not be read (the first page says why).
    bool protocolLoaded() const { return m_protocolLoaded; }

    ScreeningPage *screeningPage() const { return m_screening; }
    ConsentPage *consentPage() const { return m_consent; }
    IdentityPage *identityPage() const { return m_identity; }

private:
    friend class ScreeningPage;
    friend class IdentityPage;
    void recorded(const QString &screeningNumber, const QString &outcomeText, const QString &studyId);

    core::TrialSession &m_session;
    core::Protocol m_protocol;
    bool m_protocolLoaded = false;
    ScreeningPage *m_screening;
    ConsentPage *m_consent;
    IdentityPage *m_identity;
    ScreeningResultPage *m_result;
    QString m_screeningNumber;
    QString m_studyId;
};

} // namespace trialdesk::gui
