#pragma once

#include "core/Result.h"
#include "core/visits/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The printable visit worksheet: one A4 page per participant visit with the trial, study ID, visit,
// target date and window, the expected forms with boxes to tick, and a signature line; a header
// with the trial and the generation time, and "page n of N" at the foot. The participant's name
// appears only for roles with IdentityView; arm-specific visits never reach blinded roles (the
// service leaves them out), and nothing on the page names an arm.
class VisitWorksheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::gui::VisitWorksheetPdf)

public:
    struct Sheet
    {
        core::VisitRow visit;
        QString identity; // "Last, First": IdentityView roles only, else empty
    };
    struct Header
    {
        QString trialName;
        QDateTime generatedAt; // UTC
        QString generatedBy; // "Display Name (username)"
    };

    // The planned visits of a site (empty = every site the user may see) whose target is the day.
    static core::Result<QList<Sheet>> forDay(core::TrialSession &session, const QString &siteCode, const QDate &day);
    // One visit of a participant, or (visitCode empty) each of their planned visits.
    static core::Result<QList<Sheet>> forParticipant(core::TrialSession &session, const QString &studyId,
                                                     const QString &visitCode);
    static Header headerFor(core::TrialSession &session);
    // The body of one page, as HTML (kept apart so its content can be checked).
    static QString pageHtml(const Sheet &sheet, const Header &header);
    // Writes the PDF, replacing the file; refuses an empty list (nothing to print).
    static core::Status write(const QList<Sheet> &sheets, const Header &header, const QString &path);

private:
    static core::Result<QList<Sheet>> withIdentity(core::TrialSession &session, const QList<core::VisitRow> &visits);
};

} // namespace trialdesk::gui
