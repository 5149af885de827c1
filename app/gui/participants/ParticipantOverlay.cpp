#include "app/gui/participants/ParticipantOverlay.h"

#include "app/gui/participants/ParticipantPage.h"

namespace trialdesk::gui {

ParticipantOverlay::ParticipantOverlay(core::TrialSession &session, QWidget *parent)
    : QStackedWidget(parent)
    , m_session(session)
{
}

QString ParticipantOverlay::open(const QString &studyId)
{
    auto *page = new ParticipantPage(m_session, studyId, this);
    if (!page->loaded()) {
        const QString error = page->loadError();
        delete page;
        return error;
    }
    dropParticipant();
    m_participant = page;
    addWidget(page);
    setCurrentWidget(page);
    connect(page, &ParticipantPage::backRequested, this, &ParticipantOverlay::showList);
    page->setFocus();
    return {};
}

void ParticipantOverlay::showList()
{
    if (!m_participant)
        return;
    const bool changed = m_participant->changed();
    setCurrentIndex(0);
    dropParticipant();
    emit listShown(changed);
}

void ParticipantOverlay::dropParticipant()
{
    if (!m_participant)
        return;
    removeWidget(m_participant);
    m_participant->deleteLater();
    m_participant = nullptr;
}

} // namespace trialdesk::gui
