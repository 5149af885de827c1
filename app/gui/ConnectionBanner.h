#pragma once

#include "core/Result.h"

#include <QFrame>

class QLabel;
class QTimer;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The one place a page turns to when a save failed because the trial server's connection was lost
// (core's ErrorCode::ConnectionLost, or CommitUnconfirmed when the commit's answer was lost). The
// page keeps what the user typed (it does not reload) and hands the error to handle(); the banner
// then says so, without a modal dialog, and retries in the background with a growing delay: a worker
// thread asks whether the server accepts connections (core::ServerAddress::acceptsConnections), and
// only then does the session open its connection again (core::TrialSession::reconnect), so the user
// interface never waits on an unreachable server. Once connected it says the user may save again
// (or that they must look first, when the change may have been recorded) and emits reconnected().
// Hidden for anything else; a local workspace never loses its connection.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    // Delays between attempts: 1 s, doubled each time, at most kMaxDelayMs.
    static constexpr int kFirstDelayMs = 1000;
    static constexpr int kMaxDelayMs = 15000;
    // How often watch() looks at the connection's state (no network: libpq's state only).
    static constexpr int kWatchIntervalMs = 2000;

    explicit ConnectionBanner(core::TrialSession &session, QWidget *parent = nullptr);
    ~ConnectionBanner() override;

    // True (and the banner shows, and the retries start) when `error` says the trial server's
    // connection was lost; false for any other error, which the page shows as before.
    bool handle(const core::Error &error);
    // The page saved: the banner has nothing more to say.
    void clear();
    // For the main window: notices a connection that some other page found lost (and showed core's
    // message for), says so and reconnects the same way, so that every page works again once the
    // server is back. Once back, the banner hides itself after a few seconds.
    void watch();
    // While the connection is lost and not yet back.
    bool isRetrying() const { return m_state != State::Connected; }
    QString text() const;

signals:
    // The session's connection is open again: the user may save again.
    void reconnected();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Connected, Lost, LostWhileCommitting, Noticed };
    void lose(State state);
    void scheduleAttempt();
    void attempt();
    void probed(bool accepts);
    void retranslate();

    core::TrialSession &m_session;
    QLabel *m_label;
    QTimer *m_timer;
    State m_state = State::Connected;
    // What the last lost connection was: the message after reconnection depends on it.
    bool m_mayHaveBeenRecorded = false;
    bool m_back = false;
    bool m_noticed = false; // found lost by watch(), not by a save of this page
    bool m_probing = false;
    int m_delayMs = kFirstDelayMs;
};

} // namespace trialdesk::gui
