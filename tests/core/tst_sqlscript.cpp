// splitSqlScript: how the server's PL/pgSQL files are cut into the single statements Qt's PostgreSQL
// driver can send. A semicolon ends a statement only in plain code.
#include "core/sql/SqlScript.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using trialdesk::core::splitSqlScript;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void plainStatements()
    {
        const QStringList got = splitSqlScript(QStringLiteral("CREATE TABLE a (x int);\n\n  SELECT 1 ;SELECT 2"));
        QCOMPARE(got,
                 (QStringList { QStringLiteral("CREATE TABLE a (x int)"), QStringLiteral("SELECT 1"),
                                QStringLiteral("SELECT 2") }));
    }

    void semicolonsInsideQuotesAndCommentsDoNotSplit()
    {
        const QString script = QStringLiteral("SELECT 'a;b', \"c;d\" FROM t; -- one; two\n"
                                              "/* block; /* nested; */ still; */ SELECT 'it''s;';");
        const QStringList got = splitSqlScript(script);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0), QStringLiteral("SELECT 'a;b', \"c;d\" FROM t"));
        QVERIFY(got.at(1).endsWith(QStringLiteral("SELECT 'it''s;'")));
    }

    void dollarQuotedBodiesStayWhole()
    {
        const QString body = QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $fn$\n"
                                            "DECLARE x int; BEGIN x := 1; RETURN $$;$$::text::int; END\n$fn$");
        const QStringList got = splitSqlScript(body + QStringLiteral(";\nSELECT $1, a$b FROM t;"));
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0), body);
        // $1 is a parameter and a$b an identifier, not the start of a quote.
        QCOMPARE(got.at(1), QStringLiteral("SELECT $1, a$b FROM t"));
    }

    void commentOnlyPartsAreDropped()
    {
        QCOMPARE(splitSqlScript(QStringLiteral("-- header;\n/* nothing; */ ;\n;  \n")), QStringList());
    }

    // The server's own script: every function body in one piece, and nothing lost between them.
    void theServerScriptSplitsIntoWholeStatements()
    {
        QFile file(QStringLiteral(TRIALDESK_SOURCE_DIR "/core/server/spec_v1.sql"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(file.readAll());
        const QStringList got = splitSqlScript(script);
        // A function's statement starts at its line (after the comments above it).
        const QRegularExpression function(QStringLiteral("^CREATE OR REPLACE FUNCTION"),
                                          QRegularExpression::MultilineOption);
        const qsizetype functions = script.count(function);
        QVERIFY(functions >= 10);
        qsizetype seen = 0;
        for (const QString &statement : got) {
            if (statement.contains(function)) {
                ++seen;
                QCOMPARE(statement.count(QStringLiteral("$$")), 2);
                QVERIFY2(statement.endsWith(QStringLiteral("$$")), qPrintable(statement.right(80)));
            }
        }
        QCOMPARE(seen, functions);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
