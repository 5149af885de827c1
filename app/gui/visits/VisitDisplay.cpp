#include "app/gui/visits/VisitDisplay.h"

#include "core/services/SiteService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "forms/BundledForms.h"

#include <QLocale>
#include <QTimeZone>

namespace trialdesk::gui {

QString VisitDisplay::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString VisitDisplay::dateEditFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString VisitDisplay::window(const core::VisitRow &visit)
{
    //: A visit window: first and last acceptable day.
    return tr("%1 – %2").arg(date(visit.windowStart), date(visit.windowEnd));
}

QString VisitDisplay::visitName(const core::VisitRow &visit)
{
    const QString name = visit.visitName.current();
    return name.isEmpty() ? visit.visitCode : name;
}

QString VisitDisplay::status(const core::VisitRow &visit)
{
    const QString name = core::visitStatusDisplayName(visit.status);
    if (visit.status == core::VisitStatus::Completed && visit.outOfWindow)
        //: A visit status followed by the out-of-window flag, e.g. "Completed (out of window)".
        return tr("%1 (out of window)").arg(name);
    return name;
}

QString VisitDisplay::windowFlag(const core::VisitRow &visit, const QDate &asOf)
{
    if (visit.status == core::VisitStatus::Completed && visit.outOfWindow)
        return tr("Out of window");
    if (asOf.isValid() && visit.isOutOfWindow(asOf))
        return tr("Window passed");
    return QString();
}

int VisitDisplay::daysLate(const core::VisitRow &visit, const QDate &asOf)
{
    return asOf.isValid() && visit.isOverdue(asOf) ? static_cast<int>(visit.targetDate.daysTo(asOf)) : 0;
}

QString VisitDisplay::daysLateText(const core::VisitRow &visit, const QDate &asOf)
{
    const int days = daysLate(visit, asOf);
    return days > 0 ? QLocale().toString(days) : QString();
}

QString VisitDisplay::forms(const core::VisitRow &visit)
{
    QStringList names;
    for (const QString &code : visit.forms)
        names.append(formName(code));
    return names.join(QStringLiteral(", "));
}

QString VisitDisplay::formName(const QString &code)
{
    const forms::FormDefinition *definition = forms::BundledForms::find(code);
    return definition ? QStringLiteral("%1 (%2)").arg(definition->title.current(), code) : code;
}

QDate VisitDisplay::siteToday(core::TrialSession &session, const QString &siteCode)
{
    const QDateTime now = session.clock().nowUtc();
    if (!siteCode.isEmpty()) {
        const core::Result<QList<core::Site>> sites = core::SiteService(session).list();
        if (sites.ok())
            for (const core::Site &site : sites.value())
                if (site.code == siteCode) {
                    const QTimeZone zone(site.timeZone.toUtf8());
                    if (zone.isValid())
                        return now.toTimeZone(zone).date();
                }
    }
    return now.toLocalTime().date();
}

} // namespace trialdesk::gui
