#pragma once

#include "Result.h"
#include "enrollment/Randomization.h"

#include <QDateTime>
#include <QHash>
#include <QString>

class QTextDocument;

namespace trialdesk::gui {

// The randomization log as a PDF for monitors: title, trial, data cut time, who generated it, the
// verification summary, then every allocation; page numbers at the foot of each page.
class RandomizationLogPdf
{
public:
    struct Header
    {
        QString trialName;
        QDateTime dataCut; // UTC: when the report was read
        QString generatedBy; // "Display Name (username)"
    };

    // The document (HTML laid out by Qt), separate from writing so its content can be checked.
    static std::unique_ptr<QTextDocument> document(const core::RandomizationLogReport &report, const Header &header,
                                                   const QHash<QString, QString> &armNames);
    static core::Status write(const core::RandomizationLogReport &report, const Header &header,
                              const QHash<QString, QString> &armNames, const QString &path);
    // One paragraph: clean or not, counts of mismatches, duplicates, gaps, the audit chain and head.
    static QString verificationSummary(const core::RandomizationLogReport &report);
};

} // namespace trialdesk::gui
