#pragma once

#include "app/cli/Command.h"
#include "core/visits/Visit.h"

#include <QJsonObject>

namespace trialdesk::cli {

// visits due --site CODE --from DATE --to DATE [--json]: planned visits whose target falls in the period.
class VisitsDueCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("visits due"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;

    // The JSON object of one visit, shared by the visit lists (fields documented in their --json help).
    static QJsonObject toJson(const core::VisitRow &row);
    // A YYYY-MM-DD option, or an invalid date after writing a usage error.
    static QDate dateOption(CommandContext &context, const QString &option);
};

} // namespace trialdesk::cli
