#pragma once

#include "core/Result.h"
#include "reports/ReportContext.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace trialdesk::core {
class TrialSession;
}
namespace trialdesk::core::reporting {
struct ConsortData;
}

namespace trialdesk::reports {

// One reason inside a box: a category with its stable code (JSON), its translated label, its
// count, and the free-text reasons (or failed criteria) under it with their counts.
struct ConsortReasonDetail
{
    QString reason;
    qint64 count = 0;
};

struct ConsortReason
{
    QString code; // stable, see docs/consort.md
    QString label; // translated
    qint64 count = 0;
    QList<ConsortReasonDetail> details; // most frequent first
};

struct ConsortBox
{
    qint64 count = 0;
    QList<ConsortReason> reasons;
};

struct ConsortArm
{
    QString code;
    QString name; // from the protocol, current language
    ConsortBox allocated;
    ConsortBox received; // received the allocated intervention
    ConsortBox notReceived; // did not receive it (reasons)
    ConsortBox lostToFollowUp;
    ConsortBox discontinued; // discontinued the intervention (reasons)
    ConsortBox analysed;
    ConsortBox excludedFromAnalysis;
};

// The CONSORT 2010 flow counted from live data; every box is defined in docs/consort.md.
struct ConsortFlow
{
    ConsortBox assessed;
    ConsortBox excluded;
    ConsortBox randomized; // reasons: none; inError gives those later marked randomized in error
    qint64 randomizedInError = 0;
    QString primaryOutcomeVisit; // visit code ("M6")
    QString primaryOutcomeVisitName;
    QList<ConsortArm> arms; // protocol order
};

// The CONSORT flow diagram: numbers (JSON) and the diagram drawn with QPainter (PNG, SVG, PDF).
// Needs Action::ReportView and, since every box below "randomized" is per arm, Action::ReportByArm:
// blinded roles are refused.
class ConsortReport
{
public:
    // Opens a data cut (the role is checked there), reads the CONSORT inputs in core and counts them.
    static core::Result<ConsortFlow> compute(core::TrialSession &session);
    // "CONSORT flow diagram", translated: the document's title.
    static QString title();
    // The counting alone, stage by stage (enrolment, allocation, follow-up, analysis), over the inputs.
    static ConsortFlow compute(const core::reporting::ConsortData &data);

    // Stable JSON, format "trialdesk-consort" version 1 (docs/consort.md).
    static QJsonObject toJson(const ConsortFlow &flow, const ReportContext &context);

    // The diagram in its own logical units (width x height), and painted into any rect (kept in
    // proportion, centred).
    static QSizeF diagramSize(const ConsortFlow &flow);
    static void paint(const ConsortFlow &flow, QPainter &painter, const QRectF &target);
    static QImage toImage(const ConsortFlow &flow, int widthPixels = 2000);

    static core::Status writeJson(const ConsortFlow &flow, const ReportContext &context, const QString &path);
    static core::Status writePng(const ConsortFlow &flow, const QString &path);
    static core::Status writeSvg(const ConsortFlow &flow, const ReportContext &context, const QString &path);
    static core::Status writePdf(const ConsortFlow &flow, const ReportContext &context, const QString &path);
};

} // namespace trialdesk::reports
