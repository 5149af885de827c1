#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// export odm --output DIR [--with-audit] [--identifying --reason TEXT]: CDISC ODM 1.3.2 XML
// (DIR/trialdesk-odm.xml) and manifest.json.
class ExportOdmCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
