#pragma once

#include <QDateTime>

#include <functional>

namespace trialdesk::core {

// Where services read the time: the system clock in production, a fixed or stepped one in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock &system();
    // ISO 8601 UTC with milliseconds, "2026-11-26T14:03:07.123Z": the one text form of a time in the database.
    static QString format(const QDateTime &utc);
    static QDateTime parse(const QString &text);
};

// A clock for tests: returns the time it is set to, and can be moved.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(start.toUTC())
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &utc)
    {
        m_now = utc.toUTC();
        if (m_changed)
            m_changed(m_now);
    }
    void advanceMs(qint64 ms) { set(m_now.addMSecs(ms)); }
    // Called with the new time whenever it changes (a test's trial server follows it).
    void onChange(std::function<void(const QDateTime &)> changed) { m_changed = std::move(changed); }

private:
    QDateTime m_now;
    std::function<void(const QDateTime &)> m_changed;
};

} // namespace trialdesk::core
