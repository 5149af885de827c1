#pragma once

#include <QStackedWidget>
#include <QString>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class ParticipantPage;

// A list (the participants, today's visits, the agenda) with a participant's page opened over it.
// The first widget added is the list; open() shows a participant's page in its place, and the page's
// Back button (or showList()) returns to the list, drops the page and emits listShown() so the owner
// can refresh what the participant's page may have changed.
class ParticipantOverlay : public QStackedWidget
{
    Q_OBJECT

public:
    ParticipantOverlay(core::TrialSession &session, QWidget *parent = nullptr);

    // Opens the participant's page over the list. Returns the reason when the page cannot be loaded
    // (nothing changes then), else an empty string.
    QString open(const QString &studyId);
    // Back to the list (no-op when it shows already).
    void showList();

    ParticipantPage *participantPage() const { return m_participant; }
    bool showsList() const { return m_participant == nullptr; }

signals:
    // The list is shown again; participantChanged: something was recorded on the participant's page.
    void listShown(bool participantChanged);

private:
    void dropParticipant();

    core::TrialSession &m_session;
    ParticipantPage *m_participant = nullptr;
};

} // namespace trialdesk::gui
