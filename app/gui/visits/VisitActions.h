#pragma once

#include "core/visits/Visit.h"

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The three visit actions every visit view offers (today, agenda, participant timeline): each opens
// its dialog on one visit and returns true when something was recorded, so the view reloads.
class VisitActions
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::gui::VisitActions)

public:
    static bool complete(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent);
    static bool miss(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent);
    static bool reschedule(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent);
    // Whether the user may act on the visit (VisitManage, and the visit still planned).
    static bool allowed(core::TrialSession &session, const core::VisitRow &visit);
    // Why not, in words, for the view's message line; empty when allowed.
    static QString refusal(core::TrialSession &session, const core::VisitRow *visit);
};

} // namespace trialdesk::gui
