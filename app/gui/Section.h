#pragma once

#include "core/security/Permissions.h"

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// One entry of the main window's navigation: shown to a user whose role allows any of the
// actions, built on first use by the factory.
struct Section
{
    QString id; // stable, for tests and saved state: "administration", "audit" ...
    const char *title = nullptr; // QT_TRANSLATE_NOOP("Section", ...), translated when shown
    QList<core::Action> anyOf; // visible when the role may perform at least one
    std::function<QWidget *(core::TrialSession &session, QWidget *parent)> create;

    bool visibleTo(core::Role role) const;
    QString translatedTitle() const;
};

} // namespace trialdesk::gui
