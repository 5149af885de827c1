#include "reports/ConsortReport.h"

#include "core/reporting/ConsortData.h"
#include "core/reporting/DataCut.h"
#include "reports/ReportDocument.h"
#include "reports/ReportFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <functional>
#include <optional>

namespace trialdesk::reports {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::ConsortReport)
};

using core::Result;
using core::Status;

const QString kInError = QStringLiteral("randomized-in-error");
const QString kLost = QStringLiteral("lost-to-follow-up");
// Reasons gathered under categories, in a fixed category order.
class ReasonCollector
{
public:
    void addCategory(const QString &code, const QString &label) { m_order.append({ code, label }); }
    void add(const QString &code, const QString &reason, qint64 count = 1)
    {
        m_counts[code] += count;
        if (!reason.isNull())
            m_details[code][reason.trimmed().isEmpty() ? Tr::tr("(no reason given)") : reason.trimmed()] += count;
    }
    void addCount(const QString &code, qint64 count) { m_counts[code] += count; }

    QList<ConsortReason> reasons(bool keepEmpty = false) const
    {
        QList<ConsortReason> result;
        for (const auto &[code, label] : m_order) {
            const qint64 count = m_counts.value(code);
            if (count == 0 && !keepEmpty)
                continue;
            ConsortReason reason { code, label, count, {} };
            const QMap<QString, qint64> details = m_details.value(code);
            for (auto it = details.cbegin(); it != details.cend(); ++it)
                reason.details.append({ it.key(), it.value() });
            std::stable_sort(
                reason.details.begin(), reason.details.end(),
                [](const ConsortReasonDetail &a, const ConsortReasonDetail &b) { return a.count > b.count; });
            result.append(reason);
        }
        return result;
    }

private:
    QList<QPair<QString, QString>> m_order;
    QHash<QString, qint64> m_counts;
    QHash<QString, QMap<QString, qint64>> m_details;
};

struct ParticipantEvents
{
    QString arm;
    std::optional<QString> inError;
    QString withdrawalReason; // of the deepest withdrawal
    int withdrawalDepth = 0; // 0 none, 1 intervention, 2 follow-up, 3 data
    std::optional<QString> lost;
};

int scopeDepth(const QString &scope)
{
    if (scope == QLatin1String("data"))
        return 3;
    if (scope == QLatin1String("follow-up"))
        return 2;
    return 1;
}

// Enrolment: every screening is assessed; those not randomized are excluded, by outcome, with the
// failed criteria (a person failing two criteria is listed under both, so they may add up to more
// than the category) or the reasons given under each category.
void countEnrolment(const core::reporting::ConsortData &data, ConsortFlow &flow)
{
    ReasonCollector excluded;
    excluded.addCategory(QStringLiteral("not-meeting-criteria"), Tr::tr("Not meeting inclusion criteria"));
    excluded.addCategory(QStringLiteral("declined"), Tr::tr("Declined to participate"));
    excluded.addCategory(QStringLiteral("other"), Tr::tr("Other reasons"));
    for (const core::reporting::ScreeningOutcomeCount &row : data.screenings) {
        flow.assessed.count += row.count;
        if (row.randomized) {
            flow.randomized.count += row.count;
            continue;
        }
        flow.excluded.count += row.count;
        if (row.outcome == QLatin1String("eligible"))
            excluded.add(QStringLiteral("other"), Tr::tr("Eligible, not randomized"), row.count);
        else if (row.outcome == QLatin1String("not-eligible"))
            excluded.addCount(QStringLiteral("not-meeting-criteria"), row.count);
        else if (row.outcome == QLatin1String("declined"))
            excluded.addCount(QStringLiteral("declined"), row.count);
        else
            excluded.addCount(QStringLiteral("other"), row.count);
    }
    ReasonCollector excludedDetails;
    excludedDetails.addCategory(QStringLiteral("not-meeting-criteria"), QString());
    excludedDetails.addCategory(QStringLiteral("declined"), QString());
    excludedDetails.addCategory(QStringLiteral("other"), QString());
    for (const core::reporting::ScreeningExclusionCount &row : data.exclusions) {
        if (row.outcome == QLatin1String("not-eligible")) {
            if (row.failedCriteria.isEmpty())
                excludedDetails.add(QStringLiteral("not-meeting-criteria"), row.reason, row.count);
            for (const QString &code : row.failedCriteria)
                excludedDetails.add(QStringLiteral("not-meeting-criteria"), data.criterionText.value(code, code),
                                    row.count);
        } else if (row.outcome == QLatin1String("declined")) {
            excludedDetails.add(QStringLiteral("declined"), row.reason, row.count);
        } else {
            excludedDetails.add(QStringLiteral("other"), row.reason, row.count);
        }
    }
    QList<ConsortReason> categories = excluded.reasons(true);
    const QList<ConsortReason> details = excludedDetails.reasons(true);
    for (int i = 0; i < categories.size(); ++i) {
        QList<ConsortReasonDetail> merged = details[i].details;
        for (const ConsortReasonDetail &detail : categories[i].details)
            merged.append(detail); // "eligible, not randomized" under other reasons
        std::stable_sort(merged.begin(), merged.end(),
                         [](const ConsortReasonDetail &a, const ConsortReasonDetail &b) { return a.count > b.count; });
        categories[i].details = merged;
    }
    flow.excluded.reasons = categories;
}

// The events of each randomized participant folded into one record.
QHash<qint64, ParticipantEvents> foldEvents(const QList<core::reporting::ParticipantEventRow> &rows)
{
    QHash<qint64, ParticipantEvents> events;
    for (const core::reporting::ParticipantEventRow &row : rows) {
        ParticipantEvents &p = events[row.participantId];
        p.arm = row.arm;
        if (row.type == kInError) {
            if (!p.inError)
                p.inError = row.reason;
        } else if (row.type == kLost) {
            if (!p.lost)
                p.lost = row.reason;
        } else {
            const int depth = scopeDepth(row.detail);
            if (depth >= p.withdrawalDepth) {
                p.withdrawalDepth = depth;
                p.withdrawalReason = row.reason;
            }
        }
    }
    return events;
}

// Allocation: allocated, received the allocated intervention or not (with why not). Returns the
// number randomized in error in the arm.
qint64 countAllocation(const core::reporting::ConsortArmData &data, const QHash<qint64, ParticipantEvents> &events,
                       ConsortArm &arm)
{
    arm.allocated.count = data.allocated;
    qint64 inError = 0;
    for (const ParticipantEvents &p : events)
        if (p.arm == data.code && p.inError)
            ++inError;
    // Arms with visits of their own (the patient-partner meetings) received it once their first such
    // visit is completed or a form of it is done; any other arm (usual care) receives what it was
    // allocated.
    const qint64 eligibleForIntervention = arm.allocated.count - inError;
    if (!data.interventionVisitName) {
        arm.received.count = eligibleForIntervention;
    } else {
        arm.received.count = data.received;
        ReasonCollector notReceived;
        notReceived.addCategory(QStringLiteral("withdrew"), Tr::tr("Withdrew before receiving it"));
        notReceived.addCategory(QStringLiteral("lost-to-follow-up"), Tr::tr("Lost to follow-up before receiving it"));
        notReceived.addCategory(QStringLiteral("not-yet-received"),
                                Tr::tr("No completed %1 recorded").arg(*data.interventionVisitName));
        qint64 explained = 0;
        for (auto it = events.cbegin(); it != events.cend(); ++it) {
            const ParticipantEvents &p = it.value();
            if (p.arm != data.code || p.inError || data.receivedWithEvents.contains(it.key()))
                continue;
            if (p.withdrawalDepth > 0)
                notReceived.add(QStringLiteral("withdrew"), p.withdrawalReason);
            else if (p.lost)
                notReceived.add(QStringLiteral("lost-to-follow-up"), *p.lost);
            else
                continue;
            ++explained;
        }
        notReceived.addCount(QStringLiteral("not-yet-received"),
                             eligibleForIntervention - arm.received.count - explained);
        arm.notReceived.reasons = notReceived.reasons();
    }
    arm.notReceived.count = eligibleForIntervention - arm.received.count;
    return inError;
}

// Follow-up: lost to follow-up, and discontinued the intervention by the depth of the withdrawal.
void countFollowUp(const QString &armCode, const QHash<qint64, ParticipantEvents> &events, ConsortArm &arm)
{
    ReasonCollector lost;
    lost.addCategory(QStringLiteral("lost-to-follow-up"), Tr::tr("Lost to follow-up"));
    ReasonCollector discontinued;
    discontinued.addCategory(QStringLiteral("stopped-intervention"), Tr::tr("Stopped the intervention"));
    discontinued.addCategory(QStringLiteral("withdrew-from-follow-up"), Tr::tr("Withdrew from follow-up"));
    discontinued.addCategory(QStringLiteral("withdrew-data-use"), Tr::tr("Withdrew consent to data use"));
    static const QStringList codes { QStringLiteral("stopped-intervention"), QStringLiteral("withdrew-from-follow-up"),
                                     QStringLiteral("withdrew-data-use") };
    for (const ParticipantEvents &p : events) {
        if (p.arm != armCode || p.inError)
            continue;
        if (p.lost)
            lost.add(QStringLiteral("lost-to-follow-up"), *p.lost);
        if (p.withdrawalDepth > 0)
            discontinued.add(codes[p.withdrawalDepth - 1], p.withdrawalReason);
    }
    arm.lostToFollowUp.reasons = lost.reasons();
    for (const ConsortReason &reason : arm.lostToFollowUp.reasons)
        arm.lostToFollowUp.count += reason.count;
    arm.discontinued.reasons = discontinued.reasons();
    for (const ConsortReason &reason : arm.discontinued.reasons)
        arm.discontinued.count += reason.count;
}

// Analysis: analysed are those with the primary outcome visit completed; the others are excluded,
// randomized in error, withdrawn from data use, or by the status of that visit ("not scheduled" for
// those who have none).
void countAnalysis(const core::reporting::ConsortArmData &data, const QString &primaryVisitName,
                   const QHash<qint64, ParticipantEvents> &events, ConsortArm &arm)
{
    ReasonCollector excludedAnalysis;
    excludedAnalysis.addCategory(QStringLiteral("randomized-in-error"), Tr::tr("Randomized in error"));
    excludedAnalysis.addCategory(QStringLiteral("withdrew-data-use"), Tr::tr("Withdrew consent to data use"));
    excludedAnalysis.addCategory(QStringLiteral("primary-outcome-missing"),
                                 Tr::tr("No primary outcome (%1)").arg(primaryVisitName));
    for (const ParticipantEvents &p : events) {
        if (p.arm != data.code)
            continue;
        if (p.inError)
            excludedAnalysis.add(QStringLiteral("randomized-in-error"), *p.inError);
        else if (p.withdrawalDepth == 3)
            excludedAnalysis.add(QStringLiteral("withdrew-data-use"), p.withdrawalReason);
    }
    QHash<QString, qint64> statuses = data.primaryVisitStatuses;
    qint64 unscheduled = data.followed;
    for (qint64 count : std::as_const(statuses))
        unscheduled -= count;
    if (unscheduled > 0)
        statuses[QString()] += unscheduled;
    arm.analysed.count = statuses.value(QStringLiteral("completed"));
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.key() == QLatin1String("completed"))
            continue;
        QString why;
        if (it.key() == QLatin1String("missed"))
            why = Tr::tr("Visit missed");
        else if (it.key() == QLatin1String("cancelled"))
            why = Tr::tr("Visit cancelled (follow-up stopped)");
        else if (it.key() == QLatin1String("planned"))
            why = Tr::tr("Visit not done yet");
        else if (it.key().isEmpty())
            why = Tr::tr("Visit not scheduled");
        else
            why = it.key();
        excludedAnalysis.add(QStringLiteral("primary-outcome-missing"), why, it.value());
    }
    arm.excludedFromAnalysis.reasons = excludedAnalysis.reasons();
    arm.excludedFromAnalysis.count = arm.allocated.count - arm.analysed.count;
}

} // namespace

QString ConsortReport::title()
{
    return Tr::tr("CONSORT flow diagram");
}

Result<ConsortFlow> ConsortReport::compute(core::TrialSession &session)
{
    auto cut = core::reporting::DataCut::open(session, core::reporting::CutPurpose::Consort);
    if (!cut)
        return cut.error();
    auto data = core::reporting::ConsortData::read(cut.value());
    if (!data)
        return data.error();
    return compute(data.value());
}

ConsortFlow ConsortReport::compute(const core::reporting::ConsortData &data)
{
    ConsortFlow flow;
    flow.primaryOutcomeVisit = data.primaryOutcomeVisit;
    flow.primaryOutcomeVisitName = data.primaryOutcomeVisitName;
    countEnrolment(data, flow);
    const QHash<qint64, ParticipantEvents> events = foldEvents(data.events);
    for (const core::reporting::ConsortArmData &armData : data.arms) {
        ConsortArm arm;
        arm.code = armData.code;
        arm.name = armData.name;
        flow.randomizedInError += countAllocation(armData, events, arm);
        countFollowUp(armData.code, events, arm);
        countAnalysis(armData, flow.primaryOutcomeVisitName, events, arm);
        flow.arms.append(arm);
    }
    return flow;
}

namespace {

QJsonObject boxJson(const ConsortBox &box)
{
    QJsonArray reasons;
    for (const ConsortReason &reason : box.reasons) {
        QJsonArray details;
        for (const ConsortReasonDetail &detail : reason.details)
            details.append(
                QJsonObject { { QStringLiteral("reason"), detail.reason }, { QStringLiteral("count"), detail.count } });
        reasons.append(QJsonObject { { QStringLiteral("code"), reason.code },
                                     { QStringLiteral("label"), reason.label },
                                     { QStringLiteral("count"), reason.count },
                                     { QStringLiteral("details"), details } });
    }
    return QJsonObject { { QStringLiteral("count"), box.count }, { QStringLiteral("reasons"), reasons } };
}

} // namespace

QJsonObject ConsortReport::toJson(const ConsortFlow &flow, const ReportContext &context)
{
    QJsonArray arms;
    for (const ConsortArm &arm : flow.arms)
        arms.append(QJsonObject {
            { QStringLiteral("code"), arm.code },
            { QStringLiteral("name"), arm.name },
            { QStringLiteral("allocated"), boxJson(arm.allocated) },
            { QStringLiteral("received_allocated_intervention"), boxJson(arm.received) },
            { QStringLiteral("did_not_receive_allocated_intervention"), boxJson(arm.notReceived) },
            { QStringLiteral("lost_to_follow_up"), boxJson(arm.lostToFollowUp) },
            { QStringLiteral("discontinued_intervention"), boxJson(arm.discontinued) },
            { QStringLiteral("analysed"), boxJson(arm.analysed) },
            { QStringLiteral("excluded_from_analysis"), boxJson(arm.excludedFromAnalysis) },
        });
    QJsonObject randomized = boxJson(flow.randomized);
    randomized.insert(QStringLiteral("in_error"), flow.randomizedInError);
    return context.withProvenance(QJsonObject {
        { QStringLiteral("format"), QStringLiteral("trialdesk-consort") },
        { QStringLiteral("format_version"), 1 },
        { QStringLiteral("primary_outcome_visit"), flow.primaryOutcomeVisit },
        { QStringLiteral("enrollment"),
          QJsonObject { { QStringLiteral("assessed"), boxJson(flow.assessed) },
                        { QStringLiteral("excluded"), boxJson(flow.excluded) },
                        { QStringLiteral("randomized"), randomized } } },
        { QStringLiteral("arms"), arms },
    });
}

namespace {

// The diagram's geometry in logical units (1000 wide), computed once for sizing and painting.
constexpr qreal kWidth = 1000;
constexpr qreal kPad = 10;
constexpr qreal kBannerHeight = 26;
constexpr qreal kGap = 26;
constexpr int kMaxDetails = 4;

struct DiagramBox
{
    QRectF rect;
    QStringList lines; // first line bold
};

struct Banner
{
    QRectF rect;
    QString text;
};

struct Diagram
{
    QList<DiagramBox> boxes;
    QList<Banner> banners;
    QList<QLineF> lines;
    QList<QLineF> arrows;
    qreal height = 0;
};

QFont diagramFont(bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(13);
    font.setBold(bold);
    return font;
}

QString n(qint64 count)
{
    return Tr::tr("(n = %1)").arg(QLocale().toString(count));
}

void appendReasons(QStringList &lines, const QList<ConsortReason> &reasons, bool withDetails = true)
{
    for (const ConsortReason &reason : reasons) {
        lines << QStringLiteral("\u2022 %1 %2").arg(reason.label, n(reason.count));
        if (!withDetails)
            continue;
        qint64 shown = 0;
        for (int i = 0; i < reason.details.size() && i < kMaxDetails; ++i) {
            lines << QStringLiteral("    \u2013 %1 %2").arg(reason.details[i].reason, n(reason.details[i].count));
            shown += reason.details[i].count;
        }
        if (reason.details.size() > kMaxDetails) {
            qint64 rest = 0;
            for (int i = kMaxDetails; i < reason.details.size(); ++i)
                rest += reason.details[i].count;
            lines << QStringLiteral("    \u2013 %1 %2").arg(Tr::tr("other reasons"), n(rest));
        }
    }
}

qreal textHeight(const QStringList &lines, qreal width)
{
    const QFontMetricsF bold(diagramFont(true));
    const QFontMetricsF normal(diagramFont(false));
    qreal height = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetricsF &metrics = i == 0 ? bold : normal;
        height += metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, lines[i]).height();
    }
    return height;
}

DiagramBox makeBox(qreal x, qreal y, qreal width, const QStringList &lines)
{
    return { QRectF(x, y, width, textHeight(lines, width - 2 * kPad) + 2 * kPad), lines };
}

Diagram layout(const ConsortFlow &flow)
{
    Diagram diagram;
    qreal y = 0;
    auto banner = [&](const QString &text) {
        diagram.banners.append({ QRectF(0, y, kWidth, kBannerHeight), text });
        y += kBannerHeight + kGap * 0.6;
    };
    banner(Tr::tr("Enrollment"));
    const qreal centerWidth = 340;
    const qreal centerX = 160;
    DiagramBox assessed
        = makeBox(centerX, y, centerWidth, { Tr::tr("Assessed for eligibility %1").arg(n(flow.assessed.count)) });
    diagram.boxes.append(assessed);
    y = assessed.rect.bottom() + kGap;
    QStringList excludedLines { Tr::tr("Excluded %1").arg(n(flow.excluded.count)) };
    appendReasons(excludedLines, flow.excluded.reasons);
    DiagramBox excluded = makeBox(centerX + centerWidth + 60, y, kWidth - (centerX + centerWidth + 60), excludedLines);
    diagram.boxes.append(excluded);
    const qreal axis = centerX + centerWidth / 2;
    const qreal branchY = excluded.rect.top() + std::min<qreal>(20, excluded.rect.height() / 2);
    y = excluded.rect.bottom() + kGap;
    QStringList randomizedLines { Tr::tr("Randomized %1").arg(n(flow.randomized.count)) };
    if (flow.randomizedInError > 0)
        randomizedLines << Tr::tr("of whom randomized in error %1").arg(n(flow.randomizedInError));
    DiagramBox randomized = makeBox(centerX, y, centerWidth, randomizedLines);
    diagram.boxes.append(randomized);
    diagram.arrows.append(QLineF(axis, assessed.rect.bottom(), axis, randomized.rect.top()));
    diagram.arrows.append(QLineF(axis, branchY, excluded.rect.left(), branchY));
    y = randomized.rect.bottom() + kGap;

    const int armCount = std::max<int>(1, static_cast<int>(flow.arms.size()));
    const qreal armGap = 30;
    const qreal armWidth = (kWidth - armGap * (armCount - 1)) / armCount;
    auto armRow = [&](const QString &title, const std::function<QStringList(const ConsortArm &)> &linesOf,
                      bool connectFromAbove, QList<QRectF> &previous) {
        banner(title);
        QList<DiagramBox> row;
        qreal rowHeight = 0;
        for (int i = 0; i < flow.arms.size(); ++i) {
            DiagramBox box = makeBox(i * (armWidth + armGap), y, armWidth, linesOf(flow.arms[i]));
            rowHeight = std::max(rowHeight, box.rect.height());
            row.append(box);
        }
        QList<QRectF> rects;
        for (int i = 0; i < row.size(); ++i) {
            row[i].rect.setHeight(rowHeight);
            diagram.boxes.append(row[i]);
            rects.append(row[i].rect);
            if (connectFromAbove && i < previous.size())
                diagram.arrows.append(QLineF(previous[i].center().x(), previous[i].bottom(), row[i].rect.center().x(),
                                             row[i].rect.top()));
        }
        previous = rects;
        y += rowHeight + kGap;
    };
    QList<QRectF> previous;
    // Allocation: lines from the randomized box down to each arm.
    const qreal splitY = y + kBannerHeight / 2;
    Q_UNUSED(splitY);
    const qreal allocationTop = y + kBannerHeight + kGap * 0.6;
    armRow(
        Tr::tr("Allocation"),
        [](const ConsortArm &arm) {
            QStringList lines { Tr::tr("Allocated to %1 %2").arg(arm.name, n(arm.allocated.count)) };
            lines
                << QStringLiteral("\u2022 %1 %2").arg(Tr::tr("Received allocated intervention"), n(arm.received.count));
            lines << QStringLiteral("\u2022 %1 %2")
                         .arg(Tr::tr("Did not receive allocated intervention"), n(arm.notReceived.count));
            QStringList reasons;
            appendReasons(reasons, arm.notReceived.reasons, false);
            for (const QString &reason : reasons)
                lines << QStringLiteral("    ") + reason;
            return lines;
        },
        false, previous);
    // The randomized box's axis joins a horizontal line above the arm boxes.
    const qreal joinY = randomized.rect.bottom() + kGap / 2;
    diagram.lines.append(QLineF(axis, randomized.rect.bottom(), axis, joinY));
    if (!previous.isEmpty()) {
        diagram.lines.append(QLineF(previous.first().center().x(), joinY, previous.last().center().x(), joinY));
        for (const QRectF &rect : previous) {
            diagram.lines.append(QLineF(rect.center().x(), joinY, rect.center().x(), joinY + kGap / 4));
            Q_UNUSED(allocationTop);
        }
    }
    // The banner sits between; the arm boxes are reached through it.
    for (const QRectF &rect : previous)
        diagram.arrows.append(QLineF(rect.center().x(), rect.top() - kGap * 0.6, rect.center().x(), rect.top()));

    armRow(
        Tr::tr("Follow-up"),
        [](const ConsortArm &arm) {
            QStringList lines { Tr::tr("Lost to follow-up %1").arg(n(arm.lostToFollowUp.count)) };
            for (const ConsortReason &reason : arm.lostToFollowUp.reasons)
                for (int i = 0; i < reason.details.size() && i < kMaxDetails; ++i)
                    lines
                        << QStringLiteral("    \u2013 %1 %2").arg(reason.details[i].reason, n(reason.details[i].count));
            lines << Tr::tr("Discontinued intervention %1").arg(n(arm.discontinued.count));
            appendReasons(lines, arm.discontinued.reasons);
            return lines;
        },
        true, previous);
    armRow(
        Tr::tr("Analysis"),
        [](const ConsortArm &arm) {
            QStringList lines { Tr::tr("Analysed %1").arg(n(arm.analysed.count)) };
            lines << Tr::tr("Excluded from analysis %1").arg(n(arm.excludedFromAnalysis.count));
            appendReasons(lines, arm.excludedFromAnalysis.reasons);
            return lines;
        },
        true, previous);
    diagram.height = y - kGap;
    return diagram;
}

void drawArrow(QPainter &painter, const QLineF &line)
{
    painter.drawLine(line);
    if (line.length() < 1)
        return;
    const QPointF tip = line.p2();
    QLineF back(tip, line.p1());
    back.setLength(8);
    QLineF left = back;
    left.setAngle(back.angle() + 25);
    QLineF right = back;
    right.setAngle(back.angle() - 25);
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(left.p2());
    head.lineTo(right.p2());
    head.closeSubpath();
    painter.fillPath(head, painter.pen().color());
}

} // namespace

QSizeF ConsortReport::diagramSize(const ConsortFlow &flow)
{
    return QSizeF(kWidth, layout(flow).height);
}

void ConsortReport::paint(const ConsortFlow &flow, QPainter &painter, const QRectF &target)
{
    const Diagram diagram = layout(flow);
    const qreal scale = std::min(target.width() / kWidth, target.height() / std::max<qreal>(diagram.height, 1));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(target.left() + (target.width() - kWidth * scale) / 2,
                      target.top() + (target.height() - diagram.height * scale) / 2);
    painter.scale(scale, scale);
    const QColor ink(0x20, 0x20, 0x20);
    for (const Banner &banner : diagram.banners) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc9, 0xdd, 0xf2));
        painter.drawRoundedRect(banner.rect, 6, 6);
        painter.setPen(ink);
        painter.setFont(diagramFont(true));
        painter.drawText(banner.rect, Qt::AlignCenter, banner.text);
    }
    painter.setPen(QPen(ink, 1.2));
    for (const QLineF &line : diagram.lines)
        painter.drawLine(line);
    for (const QLineF &line : diagram.arrows)
        drawArrow(painter, line);
    for (const DiagramBox &box : diagram.boxes) {
        painter.setPen(QPen(ink, 1.2));
        painter.setBrush(Qt::white);
        painter.drawRect(box.rect);
        qreal y = box.rect.top() + kPad;
        const qreal width = box.rect.width() - 2 * kPad;
        for (int i = 0; i < box.lines.size(); ++i) {
            const QFont font = diagramFont(i == 0);
            painter.setFont(font);
            const QRectF bound
                = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, box.lines[i]);
            painter.drawText(QRectF(box.rect.left() + kPad, y, width, bound.height()),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, box.lines[i]);
            y += bound.height();
        }
    }
    painter.restore();
}

QImage ConsortReport::toImage(const ConsortFlow &flow, int widthPixels)
{
    const QSizeF size = diagramSize(flow);
    const qreal margin = 20;
    const qreal scale = widthPixels / (size.width() + 2 * margin);
    QImage image(widthPixels, static_cast<int>((size.height() + 2 * margin) * scale), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(flow, painter, QRectF(margin * scale, margin * scale, size.width() * scale, size.height() * scale));
    painter.end();
    return image;
}

Status ConsortReport::writeJson(const ConsortFlow &flow, const ReportContext &context, const QString &path)
{
    return ReportFiles::save(path, QJsonDocument(toJson(flow, context)).toJson(QJsonDocument::Indented));
}

Status ConsortReport::writePng(const ConsortFlow &flow, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!toImage(flow).save(&buffer, "PNG"))
        return core::makeError(core::ErrorCode::Storage, Tr::tr("The CONSORT diagram could not be encoded as PNG."));
    return ReportFiles::save(path, bytes);
}

Status ConsortReport::writeSvg(const ConsortFlow &flow, const ReportContext &context, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = diagramSize(flow);
    const qreal margin = 20;
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(
            QSize(static_cast<int>(size.width() + 2 * margin), static_cast<int>(size.height() + 2 * margin)));
        generator.setViewBox(QRectF(0, 0, size.width() + 2 * margin, size.height() + 2 * margin));
        generator.setTitle(title());
        generator.setDescription(
            QStringLiteral("%1 %2; %3")
                .arg(context.trialCode, context.trialName, context.dataCutUtc.toString(Qt::ISODate)));
        QPainter painter(&generator);
        painter.fillRect(QRectF(0, 0, size.width() + 2 * margin, size.height() + 2 * margin), Qt::white);
        paint(flow, painter, QRectF(margin, margin, size.width(), size.height()));
        painter.end();
    }
    return ReportFiles::save(path, bytes);
}

Status ConsortReport::writePdf(const ConsortFlow &flow, const ReportContext &context, const QString &path)
{
    ReportDocument document = ReportDocument::forContext(title(), context);
    const QSizeF size = diagramSize(flow);
    // The printable height of A4 portrait (297 - margins - header/footer) is about 230 mm.
    const qreal widthMm = 180;
    document.addDrawing([flow](QPainter &painter, const QRectF &rect) { paint(flow, painter, rect); },
                        QSizeF(widthMm, widthMm * size.height() / size.width()),
                        Tr::tr("Primary outcome visit: %1").arg(flow.primaryOutcomeVisitName));
    return document.writePdf(path);
}

} // namespace trialdesk::reports
