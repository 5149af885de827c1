#include "app/gui/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace trialdesk::gui {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeoutMs(int milliseconds)
{
    m_timer.setInterval(qMax(1, milliseconds));
    if (m_timer.isActive())
        m_timer.start();
}

void IdleWatcher::start()
{
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_timer.isActive()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            m_timer.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace trialdesk::gui
