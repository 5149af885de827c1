#include "randomization/Verifier.h"

#include "randomization/Minimizer.h"
#include "randomization/StratumStream.h"

#include <QCoreApplication>

#include <map>
#include <memory>
#include <set>

namespace trialdesk::randomization {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::randomization::Verifier)
};

} // namespace

Verifier::Verifier(Design design)
    : m_design(std::move(design))
{
}

VerificationReport Verifier::verifyBlocks(const QList<BlocksLogEntry> &log) const
{
    VerificationReport report;
    const qint64 strata = m_design.stratumCount();
    std::map<int, std::unique_ptr<StratumStream>> streams;
    std::map<int, std::map<qint64, int>> seen; // stratum -> sequence -> times logged
    for (qsizetype row = 0; row < log.size(); ++row) {
        const BlocksLogEntry &entry = log.at(row);
        EntryCheck check;
        check.row = row;
        if (entry.stratum < 0 || entry.stratum >= strata) {
            check.status = EntryStatus::Invalid;
            check.message = Tr::tr("Stratum %1 does not exist: the design has strata 0 to %2.")
                                .arg(entry.stratum)
                                .arg(strata - 1);
            report.entries.append(check);
            continue;
        }
        if (entry.sequence < 1 || entry.sequence > kMaxSequence) {
            check.status = EntryStatus::Invalid;
            check.message = Tr::tr("Sequence %1 is out of range: sequences count from 1 to %2 within a stratum.")
                                .arg(entry.sequence)
                                .arg(kMaxSequence);
            report.entries.append(check);
            continue;
        }
        int &times = seen[entry.stratum][entry.sequence];
        check.duplicate = times > 0;
        ++times;
        auto &stream = streams[entry.stratum];
        if (!stream)
            stream = std::make_unique<StratumStream>(m_design, entry.stratum);
        check.expectedArm = stream->armCode(stream->entry(entry.sequence).armIndex);
        if (m_design.armIndex(entry.arm) < 0) {
            check.status = EntryStatus::Invalid;
            check.message = Tr::tr("The arm \"%1\" is not in the design.").arg(entry.arm);
        } else {
            check.status = entry.arm == check.expectedArm ? EntryStatus::Match : EntryStatus::Mismatch;
        }
        report.entries.append(check);
    }
    for (const auto &[stratum, sequences] : seen) {
        StratumCheck check;
        check.stratum = stratum;
        qint64 expectedNext = 1;
        for (const auto &[sequence, times] : sequences) {
            check.entries += times;
            if (times > 1)
                check.duplicates.append(sequence);
            if (sequence > expectedNext)
                check.gaps.append({ expectedNext, sequence - 1 });
            expectedNext = sequence + 1;
            check.maxSequence = sequence;
        }
        report.strata.append(check);
    }
    return report;
}

VerificationReport Verifier::verifyMinimization(const QList<MinimizationLogEntry> &log) const
{
    VerificationReport report;
    Minimizer minimizer(m_design);
    bool historyKnown = true;
    std::vector<int> levels(std::size_t(m_design.factors.size()));
    for (qsizetype row = 0; row < log.size(); ++row) {
        const MinimizationLogEntry &entry = log.at(row);
        EntryCheck check;
        check.row = row;
        if (!historyKnown) {
            check.status = EntryStatus::Unchecked;
            report.entries.append(check);
            continue;
        }
        QString problem;
        if (entry.levels.size() != m_design.factors.size())
            problem = Tr::tr("The entry gives %1 level(s); the design has %2 factor(s).")
                          .arg(entry.levels.size())
                          .arg(m_design.factors.size());
        for (qsizetype f = 0; problem.isEmpty() && f < m_design.factors.size(); ++f) {
            levels[std::size_t(f)] = int(m_design.factors.at(f).levels.indexOf(entry.levels.at(f)));
            if (levels[std::size_t(f)] < 0)
                problem = Tr::tr("\"%1\" is not a level of factor \"%2\".")
                              .arg(entry.levels.at(f), m_design.factors.at(f).code);
        }
        const int loggedArm = m_design.armIndex(entry.arm);
        if (problem.isEmpty() && loggedArm < 0)
            problem = Tr::tr("The arm \"%1\" is not in the design.").arg(entry.arm);
        if (!problem.isEmpty()) {
            // Without this participant's levels and arm the counts are unknown from here on.
            check.status = EntryStatus::Invalid;
            check.message = problem;
            historyKnown = false;
            report.entries.append(check);
            continue;
        }
        const int expected = minimizer.draw(minimizer.preferredArms(levels));
        check.expectedArm = m_design.arms.at(expected).code;
        check.status = expected == loggedArm ? EntryStatus::Match : EntryStatus::Mismatch;
        minimizer.record(levels, loggedArm);
        report.entries.append(check);
    }
    return report;
}

} // namespace trialdesk::randomization
