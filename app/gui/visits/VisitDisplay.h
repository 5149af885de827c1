#pragma once

#include "core/visits/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// How the visit screens, dialogs and the worksheet write a visit: dates through QLocale, the window,
// the status in words (never by colour alone), days late. One place so every view says the same.
// Nothing here mentions an arm: blinded roles read the same texts.
class VisitDisplay
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::gui::VisitDisplay)

public:
    static QString date(const QDate &date);
    // The locale's short date format with a four-digit year, for date editors (no century guessing).
    static QString dateEditFormat();
    static QString window(const core::VisitRow &visit); // "start – end"
    static QString visitName(const core::VisitRow &visit); // the protocol's name, or the code
    static QString status(const core::VisitRow &visit); // status, "out of window" for such completions
    // For a planned visit whose window has ended before asOf, or an out-of-window completion; else empty.
    static QString windowFlag(const core::VisitRow &visit, const QDate &asOf);
    // Days between the target and asOf for a planned visit past its target, else 0.
    static int daysLate(const core::VisitRow &visit, const QDate &asOf);
    static QString daysLateText(const core::VisitRow &visit, const QDate &asOf);
    static QString forms(const core::VisitRow &visit);
    // "Title (CODE)" in the current language; the code alone for a form this program does not bundle.
    static QString formName(const QString &code);
    // The calendar day now at the site (its time zone); the machine's zone for "every site".
    static QDate siteToday(core::TrialSession &session, const QString &siteCode);
};

} // namespace trialdesk::gui
