#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// audit verify [--checkpoint FILE]: "ok: N entries, head HEX" and exit 0, or the first broken
// entry (or checkpoint that no longer matches) and exit 3; entries dated before the one before them
// are printed as warnings and also exit 3.
class AuditVerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit verify"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

// audit checkpoint --output FILE: verifies the chain (against FILE's checkpoints too) and adds the
// current one to FILE as a JSON line; exit 3 when the chain does not verify (nothing written).
class AuditCheckpointCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit checkpoint"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
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
