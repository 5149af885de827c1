#include "app/gui/ConnectionBanner.h"

#include "core/server/ServerAddress.h"
#include "core/workspace/TrialSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace trialdesk::gui {

ConnectionBanner::ConnectionBanner(core::TrialSession &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_label->setObjectName(QStringLiteral("connectionBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#connectionBanner { background: #fff4e5; border: 1px solid #9a5b00; }"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionBanner::attempt);
    hide();
}

ConnectionBanner::~ConnectionBanner() = default;

bool ConnectionBanner::handle(const core::Error &error)
{
    if (error.code != core::ErrorCode::ConnectionLost && error.code != core::ErrorCode::CommitUnconfirmed)
        return false;
    m_mayHaveBeenRecorded = m_mayHaveBeenRecorded || error.code == core::ErrorCode::CommitUnconfirmed;
    m_noticed = false;
    lose(m_mayHaveBeenRecorded ? State::LostWhileCommitting : State::Lost);
    return true;
}

void ConnectionBanner::lose(State state)
{
    m_state = state;
    m_back = false;
    retranslate();
    show();
    if (!m_probing && !m_timer->isActive()) {
        m_delayMs = kFirstDelayMs;
        scheduleAttempt();
    }
}

void ConnectionBanner::watch()
{
    if (!m_session.isServer())
        return;
    auto *poll = new QTimer(this);
    poll->setInterval(kWatchIntervalMs);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_state != State::Connected || !m_session.connectionLost())
            return;
        m_noticed = true;
        lose(State::Noticed);
    });
    poll->start();
}

void ConnectionBanner::clear()
{
    if (m_state != State::Connected)
        return;
    m_mayHaveBeenRecorded = false;
    m_back = false;
    m_noticed = false;
    m_label->clear();
    hide();
}

QString ConnectionBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void ConnectionBanner::scheduleAttempt()
{
    m_timer->start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 2, kMaxDelayMs);
}

void ConnectionBanner::attempt()
{
    const std::optional<core::ServerAddress> &server = m_session.server();
    if (!server) {
        probed(true);
        return;
    }
    // libpq may wait up to its connection timeout for an unreachable server: not on this thread.
    m_probing = true;
    auto accepts = std::make_shared<std::atomic<bool>>(false);
    QThread *probe = QThread::create([address = *server, accepts] { accepts->store(address.acceptsConnections()); });
    connect(probe, &QThread::finished, probe, &QObject::deleteLater);
    connect(probe, &QThread::finished, this, [this, accepts] { probed(accepts->load()); });
    probe->start();
}

void ConnectionBanner::probed(bool accepts)
{
    m_probing = false;
    if (m_state == State::Connected)
        return;
    if (!accepts || !m_session.reconnect().ok()) {
        scheduleAttempt();
        return;
    }
    m_state = State::Connected;
    m_back = true;
    retranslate();
    if (m_noticed)
        QTimer::singleShot(10000, this, [this] {
            if (m_state == State::Connected && m_noticed)
                clear();
        });
    emit reconnected();
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ConnectionBanner::retranslate()
{
    if (m_state == State::Noticed)
        m_label->setText(tr("The connection to the trial server was lost. Retrying…"));
    else if (m_back && m_noticed)
        m_label->setText(tr("The connection to the trial server is back."));
    else if (m_state == State::Lost)
        m_label->setText(tr("The connection to the trial server was lost; nothing was saved. Your entries are "
                            "kept. Retrying…"));
    else if (m_state == State::LostWhileCommitting)
        m_label->setText(tr("The connection to the trial server was lost while saving: the change may or may not "
                            "have been recorded. Your entries are kept. Retrying…"));
    else if (m_back && m_mayHaveBeenRecorded)
        m_label->setText(tr("The connection to the trial server is back. Your entries are kept: look whether the "
                            "change was recorded before you save again."));
    else if (m_back)
        m_label->setText(tr("The connection to the trial server is back. Your entries are kept: you may save "
                            "again."));
}

} // namespace trialdesk::gui
