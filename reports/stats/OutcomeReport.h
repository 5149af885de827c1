#pragma once

#include "core/Result.h"
#include "core/protocol/Protocol.h"
#include "forms/FormDefinition.h"
#include "reports/ReportDocument.h"
#include "reports/stats/Descriptive.h"
#include "reports/stats/StatsSupport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::reports {

struct ReportContext;

struct OutcomeArmCell
{
    NumericSummary summary; // continuous outcomes
    qint64 answered = 0; // participants with a value
    qint64 yes = 0; // yes/no outcomes: answered "yes"
};

// One outcome item at one visit.
struct OutcomeRow
{
    QString visitCode;
    QString visitName;
    QString formCode;
    QString itemCode;
    QString label;
    QString unit;
    bool binary = false; // yes/no: counts and proportions; otherwise n, mean, SD and the Welch interval
    int decimals = 1;
    QList<OutcomeArmCell> cells; // per arm, in protocol order
    // First arm minus second arm (protocol order: PP - UC), 95% Welch interval; empty when undefined.
    std::optional<WelchInterval> difference;
};

struct OutcomeTable
{
    QList<StatsArm> arms;
    QList<OutcomeRow> rows; // visits in protocol order, then forms and items in definition order
};

// Outcome summary by arm at each visit every arm has, for the items the form definitions mark as
// outcomes: descriptive, not the trial's analysis (no adjustment for stratification or baseline,
// no handling of missing data). Never for blinded roles.
class OutcomeReport
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::OutcomeReport)

public:
    static core::Result<OutcomeTable> compute(core::TrialSession &session);
    static OutcomeTable tabulate(const core::Protocol &protocol, const QList<forms::FormDefinition> &forms,
                                 const QList<ValueCount> &values);

    static QList<ReportDocument::Table> displayTables(const OutcomeTable &table);
    static ReportDocument document(const OutcomeTable &table, const ReportContext &context);
    static QByteArray toCsv(const OutcomeTable &table);
    static QJsonObject toJson(const OutcomeTable &table, const ReportContext &context);
    static core::Status write(const OutcomeTable &table, const ReportContext &context, StatsFormat format,
                              const QString &path);
    static QString title();
};

} // namespace trialdesk::reports
