#include "tests/support/CliTrial.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// The audit chain anchored outside the database (docs/audit-chain.md): audit checkpoint keeps heads
// in a file of the monitor's, audit verify --checkpoint finds a chain that no longer matches them.
class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    using Run = trialdesk::test::CliTextRun;

    trialdesk::test::CliTrial m_trial { QStringLiteral("Audit trial") };
    QString m_checkpoints;

    // A command as the administrator, its outputs as text.
    Run admin(const QStringList &arguments) const { return trialdesk::test::asText(m_trial.admin(arguments)); }

    int addMonitor(const QString &name) { return m_trial.addUser(name, QStringLiteral("monitor")).code; }

    QString trialDb() const { return QDir(m_trial.workspace()).filePath(QStringLiteral("trial.db")); }

    // A closed database is one file (the write-ahead log is folded in when the last connection
    // closes): what someone copying trial.db around handles.
    static bool copyOver(const QString &from, const QString &to)
    {
        if (QFile::exists(to + QStringLiteral("-wal")) || QFile::exists(from + QStringLiteral("-wal")))
            return false;
        QFile::remove(to);
        return QFile::copy(from, to);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
        m_checkpoints = m_trial.filePath(QStringLiteral("monitor/checkpoints.jsonl"));
        QVERIFY(QDir().mkpath(m_trial.filePath(QStringLiteral("monitor"))));
    }

    void checkpointIsSavedAndMatched()
    {
        const Run saved = admin(
            { QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--output"), m_checkpoints });
        QCOMPARE(saved.code, 0);
        const QRegularExpressionMatch line
            = QRegularExpression(QStringLiteral("^checkpoint: (\\d+) entries, head ([0-9a-f]{64})\\n$"))
                  .match(saved.out);
        QVERIFY2(line.hasMatch(), qPrintable(saved.out));
        QVERIFY(saved.err.contains(QStringLiteral("Checkpoint added")));
        QFile file(m_checkpoints);
        QVERIFY(trialdesk::test::isOwnerOnlyFile(m_checkpoints));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(first.value(QStringLiteral("entries")).toInteger(), line.captured(1).toLongLong());
        QCOMPARE(first.value(QStringLiteral("head")).toString(), line.captured(2));
        QCOMPARE(first.value(QStringLiteral("by")).toString(), QStringLiteral("admin"));
        QVERIFY(first.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));

        QCOMPARE(addMonitor(QStringLiteral("monica")), 0);
        QCOMPARE(
            admin({ QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--output"), m_checkpoints })
                .code,
            0);
        const Run verified = admin(
            { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), m_checkpoints });
        QCOMPARE(verified.code, 0);
        QVERIFY2(verified.out.startsWith(QStringLiteral("ok: ")), qPrintable(verified.out));
        QVERIFY2(verified.out.contains(QStringLiteral("checkpoints: 2 matched")), qPrintable(verified.out));
    }

    // Copying an older trial.db over the live one verifies on its own, but not against the heads a
    // monitor noted since; and no checkpoint is added on top of it.
    void restoredOlderCopyIsCaught()
    {
        const QString older = m_trial.filePath(QStringLiteral("older.db"));
        QVERIFY(copyOver(trialDb(), older));
        QCOMPARE(addMonitor(QStringLiteral("mark")), 0);
        QCOMPARE(addMonitor(QStringLiteral("mona")), 0);
        QCOMPARE(
            admin({ QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--output"), m_checkpoints })
                .code,
            0);
        const QString live = m_trial.filePath(QStringLiteral("live.db"));
        QVERIFY(copyOver(trialDb(), live));

        QVERIFY(copyOver(older, trialDb()));
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("verify") }).code, 0); // alone, it verifies
        const Run rolledBack = admin(
            { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), m_checkpoints });
        QCOMPARE(rolledBack.code, 3);
        QVERIFY2(rolledBack.out.startsWith(QStringLiteral("broken: entry ")), qPrintable(rolledBack.out));
        QVERIFY2(rolledBack.out.contains(QStringLiteral("shorter than a checkpoint")), qPrintable(rolledBack.out));
        QVERIFY(rolledBack.out.contains(QStringLiteral("older copy of the database")));

        QFile file(m_checkpoints);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run refused = admin(
            { QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--output"), m_checkpoints });
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("no checkpoint was saved")), qPrintable(refused.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();

        QVERIFY(copyOver(live, trialDb()));
        QCOMPARE(
            admin({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), m_checkpoints })
                .code,
            0);
    }

    void badCheckpointFilesAreRefused()
    {
        const Run missing = admin({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"),
                                    m_trial.filePath(QStringLiteral("nothing.jsonl")) });
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
        const QString garbage = m_trial.filePath(QStringLiteral("garbage.jsonl"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a checkpoint\n");
        file.close();
        const Run bad
            = admin({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), garbage });
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("Line 1")), qPrintable(bad.err));
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("checkpoint") }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
