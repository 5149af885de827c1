// Replays the fuzzer's corpus (forms/fuzz/corpus: seeds and minimized crashers) through the parser
// in the ordinary gcc build: each input gives a definition that evaluates, or a message naming
// its source; none crashes.
#include "forms/Expression.h"
#include "forms/FormDefinition.h"
#include "forms/FormEvaluator.h"
#include "forms/FormValue.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace trialdesk::forms;

class TestFormFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyInputParsesOrIsRefused()
    {
        const QDir corpus(QStringLiteral(TRIALDESK_SOURCE_DIR "/forms/fuzz/corpus"));
        const QStringList names = corpus.entryList(QDir::Files, QDir::Name);
        // The corpus holds at least the bundled forms as seeds.
        QVERIFY2(names.size() >= 12, qPrintable(corpus.path()));
        int accepted = 0;
        int refused = 0;
        for (const QString &name : names) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const auto definition = FormDefinition::parse(bytes, name);
            if (!definition) {
                QVERIFY2(definition.error().startsWith(name + QLatin1Char(','))
                             || definition.error().startsWith(name + QLatin1Char(':')),
                         qPrintable(definition.error()));
                QVERIFY(definition.error().size() > name.size() + 4);
                ++refused;
            } else {
                QVERIFY(!definition->items.isEmpty());
                // The checked definition evaluates: computed scores and validation run to the end, and
                // every problem carries a message.
                Answers answers;
                for (const Item &item : definition->items) {
                    if (!item.choices.isEmpty())
                        answers.insert(item.code, Answer { item.choices.first().code, {} });
                    else if (item.type == ItemType::Scale)
                        answers.insert(item.code, Answer { QString::number(item.scaleMin), {} });
                    else if (item.type == ItemType::Integer || item.type == ItemType::YesNo)
                        answers.insert(item.code, Answer { QStringLiteral("1"), {} });
                }
                const Answers scored = FormEvaluator::withComputedScores(definition.value(), answers);
                for (const ItemProblem &problem : FormEvaluator::validate(definition.value(), scored, true))
                    QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.itemCode));
                for (const Item &item : definition->items) {
                    const QString value = scored.value(item.code).value;
                    QVERIFY(value.isEmpty() || !FormValue::display(item, value).isEmpty());
                }
                ++accepted;
            }
            // Short inputs are also fed to the expression parser by the fuzzer.
            if (bytes.size() <= 512) {
                const auto expression = Expression::parse(QString::fromUtf8(bytes));
                QVERIFY(expression.ok() || expression.error().startsWith(QStringLiteral("at character ")));
            }
        }
        // Both outcomes are represented, so the replay exercises both paths.
        QVERIFY(accepted >= 12);
        QVERIFY(refused >= 1);
    }
};

QTEST_GUILESS_MAIN(TestFormFuzzCorpus)
#include "tst_formfuzzcorpus.moc"
