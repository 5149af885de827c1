#include "app/cli/commands/QueryOption.h"

#include "app/cli/CommandContext.h"

#include <QCoreApplication>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::QueryOption)
};
} // namespace

QCommandLineOption queryOption()
{
    return QCommandLineOption(QStringLiteral("query"),
                              Tr::tr("The query, as query list prints it: STUDY_ID/VISIT/FORM/INSTANCE#N."),
                              Tr::tr("QUERY"));
}

std::optional<core::QueryReference> queryOptionValue(const CommandContext &context)
{
    return core::parseQueryReference(context.value(QStringLiteral("query")));
}

} // namespace trialdesk::cli
