#include "app/gui/participants/ScreeningWizard.h"

#include "app/gui/participants/ConsentPage.h"
#include "app/gui/participants/IdentityPage.h"
#include "app/gui/participants/ScreeningPage.h"
#include "app/gui/participants/ScreeningResultPage.h"
#include "app/gui/participants/TrialProtocol.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::gui {

ScreeningWizard::ScreeningWizard(core::TrialSession &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("screeningWizard"));
    // Modal and short-lived: the language cannot change while it is open, so texts are set once.
    setWindowTitle(tr("Screen a patient"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    QString protocolError;
    const core::Result<core::Protocol> protocol = TrialProtocol::current(m_session);
    if (protocol.ok()) {
        m_protocol = protocol.value();
        m_protocolLoaded = true;
    } else {
        protocolError = protocol.error().message;
    }
    m_screening = new ScreeningPage(m_session, m_protocol, this);
    m_consent = new ConsentPage(m_session, m_protocol, m_screening, this);
    m_identity = new IdentityPage(m_session, m_screening, m_consent, this);
    m_result = new ScreeningResultPage(this);
    setPage(ScreeningPageId, m_screening);
    setPage(ConsentPageId, m_consent);
    setPage(IdentityPageId, m_identity);
    setPage(ResultPageId, m_result);
    if (!protocolError.isEmpty())
        m_screening->showError(protocolError);
    resize(720, 640);
}

void ScreeningWizard::recorded(const QString &screeningNumber, const QString &outcomeText, const QString &studyId)
{
    m_screeningNumber = screeningNumber;
    m_studyId = studyId;
    m_result->setRecorded(screeningNumber, outcomeText, studyId);
}

} // namespace trialdesk::gui
