#include "support/CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// A new site must not restart any stratum's allocation sequence (docs/randomization-spec.md,
// section 5), checked end to end on the real executable: randomize k participants of one stratum,
// add a site with `site add`, randomize more; their sequences are k+1, k+2, ... and their arms
// those of spec v1's stream at those positions, as `design stream` prints it from the revealed seed;
// `log verify` is clean.
class TestCliLineage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newSiteContinuesTheSequence();
    void amendmentContinuesTheSequence();

private:
    using Run = trialdesk::tests::CliRun;
    // Creates a workspace (with the given protocol file, or the bundled one), its coordinator and
    // statistician, and makes it the one the other helpers work in.
    void createWorkspace(const QString &folder, const QString &protocolFile = {});
    Run as(const QString &user, const QByteArray &secrets, const QStringList &arguments);
    QString enrollAndRandomize(const QString &site, const QString &condition);
    QJsonObject randomizationReport();

    QTemporaryDir m_dir;
    QString m_workspace;
};

namespace {
// The randomization report's entries by study ID.
QMap<QString, QJsonObject> entriesByStudyId(const QJsonObject &report)
{
    QMap<QString, QJsonObject> entries;
    for (const QJsonValue &value : report.value(QStringLiteral("entries")).toArray())
        entries.insert(value.toObject().value(QStringLiteral("study_id")).toString(), value.toObject());
    return entries;
}

const QByteArray kAdmin = QByteArrayLiteral("admin password 123");
const QByteArray kCoordinator = QByteArrayLiteral("coordinator password 1");
const QByteArray kStatistician = QByteArrayLiteral("statistician password 1");
} // namespace

TestCliLineage::Run TestCliLineage::as(const QString &user, const QByteArray &secrets, const QStringList &arguments)
{
    return trialdesk::tests::runCliAs(m_workspace, user, secrets, arguments);
}

void TestCliLineage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliLineage::createWorkspace(const QString &folder, const QString &protocolFile)
{
    m_workspace = m_dir.filePath(folder);
    QStringList arguments {
        QStringLiteral("init"),         QStringLiteral("--workspace"),     m_workspace,
        QStringLiteral("--trial-name"), QStringLiteral("Lineage"),         QStringLiteral("--admin"),
        QStringLiteral("admin"),        QStringLiteral("--password-stdin")
    };
    if (!protocolFile.isEmpty())
        arguments << QStringLiteral("--protocol") << protocolFile;
    Run init = trialdesk::tests::runCli(arguments, kAdmin + '\n');
    QVERIFY2(init.code == 0, init.err.constData());
    for (const auto &[name, role, password] :
         { std::tuple { QStringLiteral("coord"), QStringLiteral("coordinator"), kCoordinator },
           std::tuple { QStringLiteral("stella"), QStringLiteral("statistician"), kStatistician } }) {
        Run added = as(QStringLiteral("admin"), kAdmin + '\n' + password + '\n',
                       { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"), name,
                         QStringLiteral("--role"), role });
        QVERIFY2(added.code == 0, added.err.constData());
    }
}

QString TestCliLineage::enrollAndRandomize(const QString &site, const QString &condition)
{
    Run enrolled = as(QStringLiteral("coord"), kCoordinator + '\n',
                      { QStringLiteral("enroll"), QStringLiteral("--site"), site, QStringLiteral("--stratum"),
                        QStringLiteral("condition=") + condition, QStringLiteral("--consent-version"),
                        QStringLiteral("1.0"), QStringLiteral("--consent-date"), QStringLiteral("2026-11-20") });
    if (enrolled.code != 0) {
        qWarning("enroll: %s", enrolled.err.constData());
        return {};
    }
    const QString studyId = QString::fromUtf8(enrolled.out.trimmed());
    Run randomized = as(QStringLiteral("coord"), kCoordinator + '\n' + kCoordinator + '\n',
                        { QStringLiteral("randomize"), QStringLiteral("--participant"), studyId });
    if (randomized.code != 0) {
        qWarning("randomize: %s", randomized.err.constData());
        return {};
    }
    return studyId;
}

QJsonObject TestCliLineage::randomizationReport()
{
    const QString path = m_dir.filePath(QStringLiteral("randomization.json"));
    Run report = as(QStringLiteral("stella"), kStatistician + '\n',
                    { QStringLiteral("report"), QStringLiteral("randomization"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--output"), path });
    if (report.code != 0) {
        qWarning("report: %s", report.err.constData());
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestCliLineage::newSiteContinuesTheSequence()
{
    createWorkspace(QStringLiteral("site"));
    if (QTest::currentTestFailed())
        return;
    constexpr int k = 5;
    QStringList before;
    for (int i = 0; i < k; ++i)
        before.append(enrollAndRandomize(QStringLiteral("ICM"), QStringLiteral("HF")));
    QVERIFY(!before.contains(QString()));

    Run site = as(QStringLiteral("admin"), kAdmin + '\n',
                  { QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("JGH"),
                    QStringLiteral("--name-fr"), QStringLiteral("Hôpital général juif"), QStringLiteral("--name-en"),
                    QStringLiteral("Jewish General Hospital"), QStringLiteral("--time-zone"),
                    QStringLiteral("America/Toronto"), QStringLiteral("--reason"),
                    QStringLiteral("second recruiting site") });
    QVERIFY2(site.code == 0, site.err.constData());

    QStringList after;
    for (int i = 0; i < 3; ++i)
        after.append(enrollAndRandomize(QStringLiteral("ICM"), QStringLiteral("HF")));
    QVERIFY(!after.contains(QString()));

    const QJsonObject report = randomizationReport();
    QVERIFY(report.value(QStringLiteral("verification")).toObject().value(QStringLiteral("clean")).toBool());
    const QMap<QString, QJsonObject> entries = entriesByStudyId(report);
    const int stratum = entries.value(before.first()).value(QStringLiteral("stratum_index")).toInt();

    Run design = as(QStringLiteral("stella"), kStatistician + '\n',
                    { QStringLiteral("design"), QStringLiteral("show"), QStringLiteral("--reveal-seed"),
                      QStringLiteral("--json") });
    QVERIFY2(design.code == 0, design.err.constData());
    const QString seed = QJsonDocument::fromJson(design.out).object().value(QStringLiteral("seed")).toString();
    QCOMPARE(seed.size(), 64);
    Run stream = trialdesk::tests::runCli({ QStringLiteral("design"), QStringLiteral("stream"),
                                            QStringLiteral("--seed-stdin"), QStringLiteral("--arms"),
                                            QStringLiteral("PP:1,UC:1"), QStringLiteral("--multiples"),
                                            QStringLiteral("2,3"), QStringLiteral("--stratum-index"),
                                            QString::number(stratum), QStringLiteral("--blocks"), QStringLiteral("4") },
                                          seed.toLatin1() + '\n');
    QVERIFY2(stream.code == 0, stream.err.constData());
    const QList<QByteArray> lines = stream.out.trimmed().split('\n');
    QVERIFY(lines.size() > k + 3);

    for (int i = 0; i < after.size(); ++i) {
        const QJsonObject entry = entries.value(after.at(i));
        QCOMPARE(entry.value(QStringLiteral("design_version")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("stream_lineage")).toInt(), 1);
        QCOMPARE(entry.value(QStringLiteral("stratum_index")).toInt(), stratum);
        const qint64 sequence = k + 1 + i;
        QCOMPARE(entry.value(QStringLiteral("sequence")).toInteger(), sequence);
        const QList<QByteArray> expected = lines.at(sequence).split(','); // line 0 is the header
        QCOMPARE(expected.at(0).toLongLong(), sequence);
        QCOMPARE(entry.value(QStringLiteral("arm")).toString(), QString::fromUtf8(expected.at(4)));
    }

    Run verify = as(QStringLiteral("admin"), kAdmin + '\n', { QStringLiteral("log"), QStringLiteral("verify") });
    QVERIFY2(verify.code == 0, verify.out.constData());
}

// The same through a protocol amendment: with the condition factor first, an amendment may append a
// condition level to the locked design (a new design version, same seed); the stratum's next
// participants continue at k+1, k+2, ...
void TestCliLineage::amendmentContinuesTheSequence()
{
    createWorkspace(QStringLiteral("bundled"));
    if (QTest::currentTestFailed())
        return;
    Run shown = as(QStringLiteral("admin"), kAdmin + '\n',
                   { QStringLiteral("protocol"), QStringLiteral("show"), QStringLiteral("--json") });
    QVERIFY2(shown.code == 0, shown.err.constData());
    QJsonObject protocol = QJsonDocument::fromJson(shown.out).object();
    QJsonArray factors = protocol.value(QStringLiteral("stratification")).toArray();
    QCOMPARE(factors.size(), 2);
    protocol.insert(QStringLiteral("stratification"), QJsonArray { factors.at(1), factors.at(0) });
    auto write = [this](const QString &name, const QJsonObject &object) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(QJsonDocument(object).toJson());
        return file.fileName();
    };
    const QString conditionFirst = write(QStringLiteral("condition-first.json"), protocol);
    QVERIFY(!conditionFirst.isEmpty());
    createWorkspace(QStringLiteral("amended"), conditionFirst);
    if (QTest::currentTestFailed())
        return;

    constexpr int k = 4;
    QStringList before;
    for (int i = 0; i < k; ++i)
        before.append(enrollAndRandomize(QStringLiteral("ICM"), QStringLiteral("AF")));
    QVERIFY(!before.contains(QString()));

    QJsonObject condition = factors.at(1).toObject();
    QJsonArray levels = condition.value(QStringLiteral("levels")).toArray();
    levels.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("CKD") },
                                { QStringLiteral("name"),
                                  QJsonObject { { QStringLiteral("fr"), QStringLiteral("IRC") },
                                                { QStringLiteral("en"), QStringLiteral("CKD") } } } });
    condition.insert(QStringLiteral("levels"), levels);
    protocol.insert(QStringLiteral("stratification"), QJsonArray { condition, factors.at(0) });
    const QString amendedFile = write(QStringLiteral("amended.json"), protocol);
    Run amended = as(QStringLiteral("admin"), kAdmin + '\n',
                     { QStringLiteral("protocol"), QStringLiteral("amend"), QStringLiteral("--file"), amendedFile,
                       QStringLiteral("--reason"), QStringLiteral("chronic kidney disease stratum") });
    QVERIFY2(amended.code == 0, amended.err.constData());

    QStringList after;
    for (int i = 0; i < 3; ++i)
        after.append(enrollAndRandomize(QStringLiteral("ICM"), QStringLiteral("AF")));
    QVERIFY(!after.contains(QString()));
    const QJsonObject report = randomizationReport();
    QVERIFY(report.value(QStringLiteral("verification")).toObject().value(QStringLiteral("clean")).toBool());
    const QMap<QString, QJsonObject> entries = entriesByStudyId(report);
    const int stratum = entries.value(before.first()).value(QStringLiteral("stratum_index")).toInt();
    for (int i = 0; i < after.size(); ++i) {
        const QJsonObject entry = entries.value(after.at(i));
        QCOMPARE(entry.value(QStringLiteral("design_version")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("stratum_index")).toInt(), stratum);
        QCOMPARE(entry.value(QStringLiteral("sequence")).toInteger(), qint64(k + 1 + i));
    }
}

QTEST_GUILESS_MAIN(TestCliLineage)
#include "tst_cli_lineage.moc"
