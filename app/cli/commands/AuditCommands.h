#pragma once

#include "Command.h"

namespace trialdesk::cli {

// audit verify: "ok: N entries, head HEX" and exit 0, or the first broken entry and exit 3.
class AuditVerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit verify"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};

// audit export --output FILE [--user NAME] [--entity E] [--from DATE] [--to DATE]: CSV.
class AuditExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit export"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
