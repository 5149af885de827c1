// The command-line contract of list export and design show in a workspace, on the real executable:
// who may export or see what, that the exported list is the published stream, and that it is audited.
#include "support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using trialdesk::tests::runCli;
using Run = trialdesk::tests::CliRun;

const QByteArray kAdminPassword = QByteArrayLiteral("admin password 2026");
const QByteArray kStatisticianPassword = QByteArrayLiteral("statistician password 2026");
const QByteArray kCoordinatorPassword = QByteArrayLiteral("coordinator password 2026");

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
    QTemporaryDir m_dir;
    QString m_workspace;

    QStringList as(const QString &user, const QStringList &command) const
    {
        return command
            + QStringList { QStringLiteral("--workspace"), m_workspace, QStringLiteral("--user"), user,
                            QStringLiteral("--password-stdin") };
    }

    Run exportAs(const QString &user, const QByteArray &password, const QString &format, const QString &file)
    {
        return runCli(
            as(user,
               { QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("--per-stratum"),
                 QStringLiteral("10"), QStringLiteral("--format"), format, QStringLiteral("--output"), file }),
            password + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("trial"));
        const Run init
            = runCli({ QStringLiteral("init"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--trial-name"), QStringLiteral("CLI list trial"), QStringLiteral("--admin"),
                       QStringLiteral("admin"), QStringLiteral("--password-stdin") },
                     kAdminPassword + '\n');
        QVERIFY2(init.code == 0, init.err.constData());
        for (const auto &[name, role, password] :
             { std::tuple { QStringLiteral("stella"), QStringLiteral("statistician"), kStatisticianPassword },
               std::tuple { QStringLiteral("colin"), QStringLiteral("coordinator"), kCoordinatorPassword } }) {
            const Run added
                = runCli(as(QStringLiteral("admin"),
                            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"), name,
                              QStringLiteral("--role"), role, QStringLiteral("--site"), QStringLiteral("ICM") }),
                         kAdminPassword + '\n' + password + '\n');
            QVERIFY2(added.code == 0, added.err.constData());
        }
    }

    void statisticianExportsTheStream()
    {
        const QString file = m_dir.filePath(QStringLiteral("list-spec.csv"));
        const Run exported = exportAs(QStringLiteral("stella"), kStatisticianPassword, QStringLiteral("spec"), file);
        QVERIFY2(exported.code == 0, exported.err.constData());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = csvRows(csv.readAll());
        QCOMPARE(
            rows.first().mid(0, 6),
            (QStringList { QStringLiteral("stratum_index"), QStringLiteral("sequence"), QStringLiteral("block_number"),
                           QStringLiteral("block_size"), QStringLiteral("position_in_block"), QStringLiteral("arm") }));
        QCOMPARE(rows.size(), 1 + 4 * 10); // 1 site x 4 conditions, 10 each

        const Run shown = runCli(as(QStringLiteral("stella"),
                                    { QStringLiteral("design"), QStringLiteral("show"), QStringLiteral("--reveal-seed"),
                                      QStringLiteral("--json") }),
                                 kStatisticianPassword + '\n');
        QVERIFY2(shown.code == 0, shown.err.constData());
        const QJsonObject design = QJsonDocument::fromJson(shown.out).object();
        const QString seed = design.value(QStringLiteral("seed")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(seed).hasMatch(), shown.out.constData());
        QCOMPARE(design.value(QStringLiteral("block_sizes")).toArray(), (QJsonArray { 4, 6 }));
        const Run text = runCli(as(QStringLiteral("stella"), { QStringLiteral("design"), QStringLiteral("show") }),
                                kStatisticianPassword + '\n');
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

        const QString redcap = m_dir.filePath(QStringLiteral("list-redcap.csv"));
        const Run redcapRun
            = exportAs(QStringLiteral("stella"), kStatisticianPassword, QStringLiteral("redcap"), redcap);
        QVERIFY2(redcapRun.code == 0, redcapRun.err.constData());
        QFile redcapFile(redcap);
        QVERIFY(redcapFile.open(QIODevice::ReadOnly));
        const QByteArray header = redcapFile.readLine();
        QVERIFY2(header.contains("redcap_randomization_group") && header.contains("redcap_data_access_group"),
                 header.constData());
    }

    void coordinatorIsRefusedAndNothingIsWritten()
    {
        const QString file = m_dir.filePath(QStringLiteral("coordinator.csv"));
        const Run refused = exportAs(QStringLiteral("colin"), kCoordinatorPassword, QStringLiteral("spec"), file);
        QCOMPARE(refused.code, 1);
        QVERIFY(!refused.err.isEmpty());
        QVERIFY(!QFile::exists(file));

        const Run reveal
            = runCli(as(QStringLiteral("colin"),
                        { QStringLiteral("design"), QStringLiteral("show"), QStringLiteral("--reveal-seed") }),
                     kCoordinatorPassword + '\n');
        QCOMPARE(reveal.code, 1);
        QVERIFY(reveal.out.isEmpty());

        // The coordinator sees arms and strata, never block sizes or the seed.
        const Run shown = runCli(
            as(QStringLiteral("colin"), { QStringLiteral("design"), QStringLiteral("show"), QStringLiteral("--json") }),
            kCoordinatorPassword + '\n');
        QVERIFY2(shown.code == 0, shown.err.constData());
        const QJsonObject design = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(design.value(QStringLiteral("method")).toString(), QStringLiteral("blocks"));
        QCOMPARE(design.value(QStringLiteral("arms")).toArray().size(), 2);
        QCOMPARE(design.value(QStringLiteral("strata")).toInt(), 4);
        QVERIFY(!design.contains(QStringLiteral("seed")));
        QVERIFY(!design.contains(QStringLiteral("multiples")));
        QVERIFY(!design.contains(QStringLiteral("block_sizes")));
        QVERIFY(!design.contains(QStringLiteral("minimization")));
        const Run text = runCli(as(QStringLiteral("colin"), { QStringLiteral("design"), QStringLiteral("show") }),
                                kCoordinatorPassword + '\n');
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("PP"));
        QVERIFY(!text.out.contains("Block multiples"));
        QVERIFY(!text.out.contains("block sizes"));
        QVERIFY(!text.out.contains("Seed"));
    }

    void usageErrors()
    {
        const Run noFormat
            = runCli(as(QStringLiteral("stella"),
                        { QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("--per-stratum"),
                          QStringLiteral("5"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.csv")) }),
                     kStatisticianPassword + '\n');
        QCOMPARE(noFormat.code, 2);
        const Run badN = runCli(as(QStringLiteral("stella"),
                                   { QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("--per-stratum"),
                                     QStringLiteral("zero"), QStringLiteral("--format"), QStringLiteral("spec"),
                                     QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.csv")) }),
                                kStatisticianPassword + '\n');
        QCOMPARE(badN.code, 2);
        const Run badFormat
            = runCli(as(QStringLiteral("stella"),
                        { QStringLiteral("list"), QStringLiteral("export"), QStringLiteral("--per-stratum"),
                          QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                          QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.csv")) }),
                     kStatisticianPassword + '\n');
        QCOMPARE(badFormat.code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
    }

    void theAuditTrailHasTheExportAndTheReveal()
    {
        const QString file = m_dir.filePath(QStringLiteral("audit.csv"));
        const Run exported
            = runCli(as(QStringLiteral("admin"),
                        { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), file }),
                     kAdminPassword + '\n');
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
