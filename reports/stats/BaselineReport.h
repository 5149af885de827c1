#pragma once

#include "core/Result.h"
#include "core/protocol/Protocol.h"
#include "core/reporting/AnalysisData.h"
#include "forms/FormDefinition.h"
#include "reports/ReportDocument.h"
#include "reports/stats/Descriptive.h"
#include "reports/stats/StatsSupport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::reports {

struct ReportContext;

// One level of a categorical characteristic: its count per column (arms in protocol order, then
// the total).
struct BaselineLevel
{
    QString code;
    QString label;
    QList<qint64> counts;
};

// One row group of Table 1. Columns are the arms in protocol order, then the total.
struct BaselineVariable
{
    enum class Kind { Numeric, Categorical };

    QString source; // form code, or "stratification" for a stratification factor
    QString code; // item or factor code
    QString label; // current language
    QString unit;
    Kind kind = Kind::Numeric;
    bool multipleChoice = false; // levels are not exclusive: counts may add up to more than answered
    int decimals = 1; // for means, SDs and quantiles
    QList<NumericSummary> summaries; // Numeric
    QList<BaselineLevel> levels; // Categorical, in definition order
    QList<qint64> answered; // participants with a value
    QList<qint64> missing; // participants of the column without a value
};

// Arm counts in one stratum (a combination of stratification levels).
struct BalanceRow
{
    QString stratum; // "site=ICM,condition=HF"
    QString label; // "Montreal Heart Institute / Heart failure"
    QList<qint64> counts; // per arm, then total
    // First arm minus second with two arms; the largest minus the smallest count otherwise.
    qint64 difference = 0;
};

struct BaselineTable
{
    QList<StatsArm> arms;
    qint64 total = 0;
    QString visitCode;
    QString visitName;
    QList<BaselineVariable> variables; // stratification factors first, then the forms' items
    QList<BalanceRow> balance;
};

// Table 1: baseline characteristics by arm (numeric items: mean (SD) and median (IQR, type 7
// quantiles); choices: n (%) over the participants with an answer; missing counted) from the
// Baseline-category forms at the baseline visit, the stratification factors, and balance by
// stratum. Participants: randomized and not randomized in error; entries: not drafts.
class BaselineReport
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::BaselineReport)

public:
    using StratumCount = core::reporting::StratumCount;

    // Reads the data (ReportView and ReportByArm required).
    static core::Result<BaselineTable> compute(core::TrialSession &session);

    // The computation without the database: the protocol, the forms summarized (their Baseline
    // items in order), the participants per arm and stratum, and the value counts at the visit.
    static BaselineTable tabulate(const core::Protocol &protocol, const QList<forms::FormDefinition> &forms,
                                  const QString &visitCode, const QList<StratumCount> &strata,
                                  const QList<ValueCount> &values);

    // The tables as people read them (labels and numbers in the current language): Table 1 and
    // balance by stratum.
    static QList<ReportDocument::Table> displayTables(const BaselineTable &table);
    static ReportDocument document(const BaselineTable &table, const ReportContext &context);
    // Long CSV, one row per variable, level, column and statistic (C-locale numbers).
    static QByteArray toCsv(const BaselineTable &table);
    static QJsonObject toJson(const BaselineTable &table, const ReportContext &context);
    static core::Status write(const BaselineTable &table, const ReportContext &context, StatsFormat format,
                              const QString &path);
    static QString title();
};

} // namespace trialdesk::reports
