#include "app/gui/Section.h"

#include <QCoreApplication>

namespace trialdesk::gui {

bool Section::visibleTo(core::Role role) const
{
    for (core::Action action : anyOf)
        if (core::Permissions::allows(role, action))
            return true;
    return false;
}

QString Section::translatedTitle() const
{
    return QCoreApplication::translate("Section", title);
}

} // namespace trialdesk::gui
