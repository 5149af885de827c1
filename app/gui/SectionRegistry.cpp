#include "SectionRegistry.h"

#include "account/AccountPage.h"
#include "admin/AdministrationPage.h"
#include "audit/AuditPage.h"
#include "design/DesignPage.h"
#include "participants/ParticipantsPage.h"
#include "randomization/RandomizationLogPage.h"

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
        { QStringLiteral("participants"),
          QT_TRANSLATE_NOOP("Section", "Participants"),
          { Action::ParticipantView },
          [](core::TrialSession &session, QWidget *parent) { return new ParticipantsPage(session, parent); } },
        { QStringLiteral("randomization-log"),
          QT_TRANSLATE_NOOP("Section", "Randomization log"),
          { Action::RandomizationLogView },
          [](core::TrialSession &session, QWidget *parent) { return new RandomizationLogPage(session, parent); } },
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
