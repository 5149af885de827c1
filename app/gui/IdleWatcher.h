#pragma once

#include <QObject>
#include <QTimer>

namespace trialdesk::gui {

// Notices when nobody has touched the keyboard or the mouse for a while: watches every input
// event of the application and emits idle() once the timeout elapses without one.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_timer.interval(); }

    // Starts (or restarts) counting; stop() until the next start().
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace trialdesk::gui
