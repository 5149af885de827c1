#include "app/gui/visits/VisitWorksheetPdf.h"

#include "app/gui/visits/VisitDisplay.h"
#include "core/enrollment/ParticipantService.h"
#include "core/util/Clock.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"
#include "reports/ReportFiles.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace trialdesk::gui {

core::Result<QList<VisitWorksheetPdf::Sheet>> VisitWorksheetPdf::forDay(core::TrialSession &session,
                                                                        const QString &siteCode, const QDate &day)
{
    core::Result<QList<core::VisitRow>> due = core::VisitService(session).due(siteCode, day, day);
    if (!due.ok())
        return due.error();
    return withIdentity(session, due.value());
}

core::Result<QList<VisitWorksheetPdf::Sheet>>
VisitWorksheetPdf::forParticipant(core::TrialSession &session, const QString &studyId, const QString &visitCode)
{
    core::Result<QList<core::VisitRow>> timeline = core::VisitService(session).timeline(studyId);
    if (!timeline.ok())
        return timeline.error();
    QList<core::VisitRow> chosen;
    for (const core::VisitRow &visit : timeline.value())
        if (visitCode.isEmpty() ? visit.status == core::VisitStatus::Planned : visit.visitCode == visitCode)
            chosen.append(visit);
    return withIdentity(session, chosen);
}

core::Result<QList<VisitWorksheetPdf::Sheet>> VisitWorksheetPdf::withIdentity(core::TrialSession &session,
                                                                              const QList<core::VisitRow> &visits)
{
    QList<Sheet> sheets;
    QHash<QString, QString> names;
    // The check is the GUI's own as well as the service's: a role without IdentityView never asks.
    const bool identity = session.can(core::Action::IdentityView);
    core::ParticipantService participants(session);
    for (const core::VisitRow &visit : visits) {
        Sheet sheet { visit, QString() };
        if (identity) {
            if (!names.contains(visit.studyId)) {
                core::Result<core::ParticipantDetails> details = participants.details(visit.studyId);
                if (!details.ok())
                    return details.error();
                const std::optional<core::Identity> &person = details->identity;
                //: A participant's name on the worksheet: last name, first name.
                names.insert(visit.studyId, person ? tr("%1, %2").arg(person->lastName, person->firstName) : QString());
            }
            sheet.identity = names.value(visit.studyId);
        }
        sheets.append(sheet);
    }
    return sheets;
}

VisitWorksheetPdf::Header VisitWorksheetPdf::headerFor(core::TrialSession &session)
{
    return { session.trialName(), session.clock().nowUtc(),
             QStringLiteral("%1 (%2)").arg(session.user().displayName, session.user().username) };
}

QString VisitWorksheetPdf::pageHtml(const Sheet &sheet, const Header &header)
{
    const core::VisitRow &visit = sheet.visit;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<html><body style=\"font-size: 11pt;\">");
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Visit worksheet").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += row(tr("Trial:"), header.trialName);
    html += row(tr("Study ID:"), visit.studyId);
    if (!sheet.identity.isEmpty())
        html += row(tr("Participant:"), sheet.identity);
    html += row(tr("Site:"), visit.siteCode);
    html += row(tr("Visit:"), VisitDisplay::visitName(visit));
    html += row(tr("Target date:"), VisitDisplay::date(visit.targetDate));
    html += row(tr("Window:"), VisitDisplay::window(visit));
    html += row(tr("Status:"), VisitDisplay::status(visit));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Expected forms").toHtmlEscaped());
    if (visit.forms.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No form is expected at this visit.").toHtmlEscaped());
    } else {
        // An empty bordered cell is the box to tick: it prints on any font.
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\"><tr>"
                               "<th width=\"8%\">%1</th><th>%2</th><th width=\"30%\">%3</th></tr>")
                    .arg(tr("Done").toHtmlEscaped(), tr("Form").toHtmlEscaped(), tr("Initials").toHtmlEscaped());
        for (const QString &form : visit.forms)
            html += QStringLiteral("<tr><td>&nbsp;</td><td>%1</td><td>&nbsp;</td></tr>")
                        .arg(VisitDisplay::formName(form).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><br><b>%1</b> ____________________</p>").arg(tr("Date of the visit:").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b><br>______________________________________________________________<br><br>"
                           "______________________________________________________________</p>")
                .arg(tr("Notes:").toHtmlEscaped());
    html += QStringLiteral("<p><br><br><b>%1</b> ______________________________ &nbsp; <b>%2</b> ____________</p>")
                .arg(tr("Signature:").toHtmlEscaped(), tr("Date:").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

core::Status VisitWorksheetPdf::write(const QList<Sheet> &sheets, const Header &header, const QString &path)
{
    if (sheets.isEmpty())
        return core::makeError(core::ErrorCode::InvalidInput,
                               tr("There is no planned visit to print: choose another day, site or visit."));
    // Through ReportFiles (PrivateFileWriter): a 0600 temporary file renamed over path once complete,
    // so an older file of that name never passes for this worksheet and a link there is not followed.
    return reports::ReportFiles::save(path, [&](QIODevice &device) -> core::Status {
        QPdfWriter writer(&device);
        writer.setTitle(tr("Visit worksheet"));
        writer.setCreator(QStringLiteral("TrialDesk"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        QPainter painter;
        if (!painter.begin(&writer))
            return core::makeError(core::ErrorCode::Storage,
                                   tr("The PDF could not be written to %1: check that the folder exists and is "
                                      "writable, then print again.")
                                       .arg(QDir::toNativeSeparators(path)));
        const QRect page = painter.viewport();
        QFont small = painter.font();
        small.setPointSizeF(8.5);
        const int line = QFontMetrics(small, &writer).height();
        const QString generated
            = tr("Generated %1 by %2")
                  .arg(QLocale().toString(header.generatedAt.toLocalTime(), QLocale::ShortFormat), header.generatedBy);
        const int total = static_cast<int>(sheets.size());
        for (int i = 0; i < total; ++i) {
            if (i > 0)
                writer.newPage();
            painter.setFont(small);
            painter.setPen(Qt::black);
            const QRect top(page.left(), page.top(), page.width(), line);
            painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, header.trialName);
            painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, generated);
            painter.drawLine(page.left(), top.bottom() + line / 3, page.right(), top.bottom() + line / 3);
            const QRect bottom(page.left(), page.bottom() - line, page.width(), line);
            painter.drawText(bottom, Qt::AlignCenter, tr("Page %1 of %2").arg(i + 1).arg(total));

            QTextDocument body;
            body.documentLayout()->setPaintDevice(&writer);
            body.setHtml(pageHtml(sheets.at(i), header));
            body.setTextWidth(page.width());
            const QRect area(0, 0, page.width(), page.height() - 4 * line);
            painter.save();
            painter.translate(page.left(), page.top() + 2 * line);
            body.drawContents(&painter, area);
            painter.restore();
        }
        painter.end();
        if (device.pos() == 0)
            return core::makeError(core::ErrorCode::Storage,
                                   tr("The PDF could not be written to %1: check that the folder exists and is "
                                      "writable, then print again.")
                                       .arg(QDir::toNativeSeparators(path)));
        return {};
    });
}

} // namespace trialdesk::gui
