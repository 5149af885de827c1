#pragma once

#include "app/cli/Command.h"
#include "forms/FormDefinition.h"
#include "forms/FormEvaluator.h"
#include "forms/Parsed.h"

#include <QJsonValue>

namespace trialdesk::cli {

// data enter --participant ID [--visit CODE] --form CODE --values FILE [--complete] [--reason TEXT]
// The values file is a JSON object item code -> value (numbers, strings, booleans, arrays of codes for
// multiple choice, {"missing": "not_done"} for a missing-data code, null for no value); it holds the
// whole form: items left out are empty. A refused entry saves nothing and prints each problem with
// its item code. A complete entry is changed only with --reason.
class DataEnterCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("data enter"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;

    // One JSON value of a values file as an answer to the item (also used by "query answer --value").
    static forms::Parsed<forms::Answer> answerFromJson(const forms::Item &item, const QJsonValue &value);
};

} // namespace trialdesk::cli
