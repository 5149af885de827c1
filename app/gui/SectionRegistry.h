#pragma once

#include "app/gui/Section.h"

#include <QList>

namespace trialdesk::gui {

// The main window's sections, in display order. A new screen (participants, randomization,
// visits, forms, reports) is added with one entry in SectionRegistry.cpp.
class SectionRegistry
{
public:
    static const QList<Section> &all();
    static QList<Section> visibleTo(core::Role role);
};

} // namespace trialdesk::gui
