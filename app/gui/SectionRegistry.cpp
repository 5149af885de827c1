#include "app/gui/SectionRegistry.h"

#include "app/gui/account/AccountPage.h"
#include "app/gui/admin/AdministrationPage.h"
#include "app/gui/audit/AuditPage.h"
#include "app/gui/design/DesignPage.h"
#include "app/gui/exports/ExportsPage.h"
#include "app/gui/forms/ParticipantFormsPage.h"
#include "app/gui/forms/QueriesPage.h"
#include "app/gui/participants/ParticipantsPage.h"
#include "app/gui/randomization/RandomizationLogPage.h"
#include "app/gui/reports/ReportsPage.h"
#include "app/gui/visits/TodayVisitsPage.h"
#include "app/gui/visits/VisitAgendaPage.h"

#include <QtGlobal>

namespace trialdesk::gui {

using core::Action;

const QList<Section> &SectionRegistry::all()
{
    static const QList<Section> sections = {
        { QStringLiteral("administration"),
          QT_TRANSLATE_NOOP("Section", "Administration"),
          { Action::UserManage, Action::SiteManage },
          [](core::TrialSession &session, QWidget *parent) { return new AdministrationPage(session, parent); } },
        { QStringLiteral("audit"),
          QT_TRANSLATE_NOOP("Section", "Audit trail"),
          { Action::AuditView },
          [](core::TrialSession &session, QWidget *parent) { return new AuditPage(session, parent); } },
        { QStringLiteral("design"),
          QT_TRANSLATE_NOOP("Section", "Randomization design"),
          { Action::DesignViewConcealed },
          [](core::TrialSession &session, QWidget *parent) { return new DesignPage(session, parent); } },
        { QStringLiteral("today"),
          QT_TRANSLATE_NOOP("Section", "Today's visits"),
          { Action::VisitView },
          [](core::TrialSession &session, QWidget *parent) { return new TodayVisitsPage(session, parent); } },
        { QStringLiteral("agenda"),
          QT_TRANSLATE_NOOP("Section", "Visit agenda"),
          { Action::VisitView },
          [](core::TrialSession &session, QWidget *parent) { return new VisitAgendaPage(session, parent); } },
        { QStringLiteral("participants"),
          QT_TRANSLATE_NOOP("Section", "Participants"),
          { Action::ParticipantView },
          [](core::TrialSession &session, QWidget *parent) { return new ParticipantsPage(session, parent); } },
        { QStringLiteral("forms"),
          QT_TRANSLATE_NOOP("Section", "Case report forms"),
          { Action::FormEnter, Action::FormVerify, Action::FormLock, Action::DataExport },
          [](core::TrialSession &session, QWidget *parent) { return new ParticipantFormsPage(session, parent); } },
        { QStringLiteral("queries"),
          QT_TRANSLATE_NOOP("Section", "Data queries"),
          { Action::QueryRaise, Action::QueryAnswer },
          [](core::TrialSession &session, QWidget *parent) { return new QueriesPage(session, parent); } },
        { QStringLiteral("randomization-log"),
          QT_TRANSLATE_NOOP("Section", "Randomization log"),
          { Action::RandomizationLogView },
          [](core::TrialSession &session, QWidget *parent) { return new RandomizationLogPage(session, parent); } },
        { QStringLiteral("reports"),
          QT_TRANSLATE_NOOP("Section", "Reports"),
          { Action::ReportView },
          [](core::TrialSession &session, QWidget *parent) { return new ReportsPage(session, parent); } },
        { QStringLiteral("exports"),
          QT_TRANSLATE_NOOP("Section", "Data exports"),
          { Action::DataExport },
          [](core::TrialSession &session, QWidget *parent) { return new ExportsPage(session, parent); } },
        { QStringLiteral("account"),
          QT_TRANSLATE_NOOP("Section", "My account"),
          { Action::PasswordChangeOwn },
          [](core::TrialSession &session, QWidget *parent) { return new AccountPage(session, parent); } },
    };
    return sections;
}

QList<Section> SectionRegistry::visibleTo(core::Role role)
{
    QList<Section> visible;
    for (const Section &section : all())
        if (section.visibleTo(role))
            visible.append(section);
    return visible;
}

} // namespace trialdesk::gui
