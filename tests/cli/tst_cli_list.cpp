// The command-line contract of list export and design show in a workspace, on the real executable:
// who may export or see what, that the exported list is the published stream, and that it is audited.
#include "tests/support/CliTrial.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using trialdesk::test::runCli;
using Run = trialdesk::test::CliRun;

QList<QStringList> csvRows(const QByteArray &text)
{
    QList<QStringList> rows;
    for (const QByteArray &line : text.trimmed().split('\n'))
        rows.append(QString::fromUtf8(line.trimmed()).split(QLatin1Char(',')));
    return rows;
}

} // namespace

class TestCliList : public QObject
{
    Q_OBJECT

private:
    trialdesk::test::CliTrial m_trial { QStringLiteral("CLI list trial") };

    Run exportAs(const QString &user, const QString &format, const QString &file)
    {
        return m_trial.as(user,
                          { QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("--per-stratum"),
                            QStringLiteral("10"), QStringLiteral("--format"), format, QStringLiteral("--output"),
                            file });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
        for (const auto &[name, role] : { std::pair { QStringLiteral("stella"), QStringLiteral("statistician") },
                                          std::pair { QStringLiteral("colin"), QStringLiteral("coordinator") } }) {
            const Run added = m_trial.addUser(name, role, QStringLiteral("ICM"));
            QVERIFY2(added.code == 0, added.err.constData());
        }
    }

    void statisticianExportsTheStream()
    {
        const QString file = m_trial.filePath(QStringLiteral("list-spec.csv"));
        const Run exported = exportAs(QStringLiteral("stella"), QStringLiteral("spec"), file);
        QVERIFY2(exported.code == 0, exported.err.constData());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = csvRows(csv.readAll());
        QCOMPARE(
            rows.first().mid(0, 6),
            (QStringList { QStringLiteral("stratum_index"), QStringLiteral("sequence"), QStringLiteral("block_number"),
                           QStringLiteral("block_size"), QStringLiteral("position_in_block"), QStringLiteral("arm") }));
        QCOMPARE(rows.size(), 1 + 4 * 10); // 1 site x 4 conditions, 10 each

        const Run shown = m_trial.as(QStringLiteral("stella"),
                                     { QStringLiteral("design"), QStringLiteral("show"),
                                       QStringLiteral("--reveal-seed"), QStringLiteral("--json") });
        QVERIFY2(shown.code == 0, shown.err.constData());
        const QJsonObject design = QJsonDocument::fromJson(shown.out).object();
        const QString seed = design.value(QStringLiteral("seed")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(seed).hasMatch(), shown.out.constData());
        QCOMPARE(design.value(QStringLiteral("block_sizes")).toArray(), (QJsonArray { 4, 6 }));
        const Run text = m_trial.as(QStringLiteral("stella"), { QStringLiteral("design"), QStringLiteral("show") });
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("Block multiples: 2, 3 (block sizes 4, 6)"), text.out.constData());
        QVERIFY(!text.out.contains(seed.toLatin1()));

        // Anyone can re-derive stratum 0 from the published stream with the revealed seed.
        const Run stream
            = runCli({ QStringLiteral("design"), QStringLiteral("stream"), QStringLiteral("--seed"), seed,
                       QStringLiteral("--arms"), QStringLiteral("PP:1,UC:1"), QStringLiteral("--multiples"),
                       QStringLiteral("2,3"), QStringLiteral("--stratum-index"), QStringLiteral("0"),
                       QStringLiteral("--blocks"), QStringLiteral("10") });
        QVERIFY2(stream.code == 0, stream.err.constData());
        const QList<QStringList> expected = csvRows(stream.out);
        int compared = 0;
        for (const QStringList &row : rows.mid(1)) {
            if (row.first() != QLatin1String("0"))
                continue;
            ++compared;
            QCOMPARE(row.mid(1, 5), expected.at(compared));
            QCOMPARE(row.at(6), QStringLiteral("ICM"));
            QCOMPARE(row.at(7), QStringLiteral("HF"));
        }
        QCOMPARE(compared, 10);

        const QString redcap = m_trial.filePath(QStringLiteral("list-redcap.csv"));
        const Run redcapRun = exportAs(QStringLiteral("stella"), QStringLiteral("redcap"), redcap);
        QVERIFY2(redcapRun.code == 0, redcapRun.err.constData());
        QFile redcapFile(redcap);
        QVERIFY(redcapFile.open(QIODevice::ReadOnly));
        const QByteArray header = redcapFile.readLine();
        QVERIFY2(header.contains("redcap_randomization_group") && header.contains("redcap_data_access_group"),
                 header.constData());
    }

    void coordinatorIsRefusedAndNothingIsWritten()
    {
        const QString file = m_trial.filePath(QStringLiteral("coordinator.csv"));
        const Run refused = exportAs(QStringLiteral("colin"), QStringLiteral("spec"), file);
        QCOMPARE(refused.code, 1);
        QVERIFY(!refused.err.isEmpty());
        QVERIFY(!QFile::exists(file));

        const Run reveal
            = m_trial.as(QStringLiteral("colin"),
                         { QStringLiteral("design"), QStringLiteral("show"), QStringLiteral("--reveal-seed") });
        QCOMPARE(reveal.code, 1);
        QVERIFY(reveal.out.isEmpty());

        // The coordinator sees arms and strata, never block sizes or the seed.
        const Run shown = m_trial.as(QStringLiteral("colin"),
                                     { QStringLiteral("design"), QStringLiteral("show"), QStringLiteral("--json") });
        QVERIFY2(shown.code == 0, shown.err.constData());
        const QJsonObject design = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(design.value(QStringLiteral("method")).toString(), QStringLiteral("blocks"));
        QCOMPARE(design.value(QStringLiteral("arms")).toArray().size(), 2);
        QCOMPARE(design.value(QStringLiteral("strata")).toInt(), 4);
        QVERIFY(!design.contains(QStringLiteral("seed")));
        QVERIFY(!design.contains(QStringLiteral("multiples")));
        QVERIFY(!design.contains(QStringLiteral("block_sizes")));
        QVERIFY(!design.contains(QStringLiteral("minimization")));
        const Run text = m_trial.as(QStringLiteral("colin"), { QStringLiteral("design"), QStringLiteral("show") });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("PP"));
        QVERIFY(!text.out.contains("Block multiples"));
        QVERIFY(!text.out.contains("block sizes"));
        QVERIFY(!text.out.contains("Seed"));
    }

    void usageErrors()
    {
        const Run noFormat = m_trial.as(QStringLiteral("stella"),
                                        { QStringLiteral("list"), QStringLiteral("export"),
                                          QStringLiteral("--per-stratum"), QStringLiteral("5"),
                                          QStringLiteral("--output"), m_trial.filePath(QStringLiteral("x.csv")) });
        QCOMPARE(noFormat.code, 2);
        const Run badN = m_trial.as(QStringLiteral("stella"),
                                    { QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("--per-stratum"),
                                      QStringLiteral("zero"), QStringLiteral("--format"), QStringLiteral("spec"),
                                      QStringLiteral("--output"), m_trial.filePath(QStringLiteral("x.csv")) });
        QCOMPARE(badN.code, 2);
        const Run badFormat
            = m_trial.as(QStringLiteral("stella"),
                         { QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("--per-stratum"),
                           QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                           QStringLiteral("--output"), m_trial.filePath(QStringLiteral("x.csv")) });
        QCOMPARE(badFormat.code, 2);
        QVERIFY(!QFile::exists(m_trial.filePath(QStringLiteral("x.csv"))));
    }

    void theAuditTrailHasTheExportAndTheReveal()
    {
        const QString file = m_trial.filePath(QStringLiteral("audit.csv"));
        const Run exported
            = m_trial.as(QStringLiteral("admin"),
                         { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), file });
        QVERIFY2(exported.code == 0, exported.err.constData());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray audit = csv.readAll();
        QVERIFY(audit.contains("allocation-list.export"));
        QVERIFY(audit.contains("list-spec.csv"));
        QVERIFY(audit.contains("design.reveal-seed"));
        QVERIFY(audit.contains("stella"));
        // The refused coordinator left no export behind.
        QVERIFY(!audit.contains("coordinator.csv"));
    }
};

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
