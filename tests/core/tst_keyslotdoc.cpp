#include "core/security/KeySlot.h"
#include "core/security/KeySlotStore.h"
#include "core/security/SecretKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trialdesk::core;

// docs/key-slots.md promises that the key can be recovered without TrialDesk. These tests hold it to
// that: slots written by the C++ code are opened by the documented Python recipe and by the shipped
// scripts/open-workspace-key.py, and the document's own test vectors are opened by the C++ code.
namespace {

const QString kDocPath = QStringLiteral(TRIALDESK_SOURCE_DIR "/docs/key-slots.md");
const QString kScriptPath = QStringLiteral(TRIALDESK_SOURCE_DIR "/scripts/open-workspace-key.py");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The fenced blocks of one language in the document, in order.
QStringList fencedBlocks(const QString &markdown, const QString &language)
{
    QStringList blocks;
    const QRegularExpression fence(QStringLiteral("```%1\\n(.*?)```").arg(language),
                                   QRegularExpression::DotMatchesEverythingOption);
    for (auto it = fence.globalMatch(markdown); it.hasNext();) {
        blocks.append(it.next().captured(1));
    }
    return blocks;
}

} // namespace

class TestKeySlotDoc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void userSlotOpensWithPython();
    void recoverySlotOpensWithPython();
    void wrongSecretIsRefusedByScript();
    void damagedSlotIsRefusedByScript();
    void scriptUsage();
    void documentedVectorsOpenWithTrialDesk();
    void documentedAdditionalDataIsExact();

private:
    Run python(const QString &program, const QStringList &arguments, const QByteArray &input) const;
    // Runs both the recipe printed in the document and the shipped script on one slot.
    void expectBothRecover(const QString &slotPath, const QByteArray &secret, const QByteArray &expectedHex);

    QString m_python;
    QString m_doc;
    QString m_snippetPath;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKeySlotDoc::initTestCase()
{
    // Debian's interpreter first: python3-nacl installs for it, whatever else is on PATH.
    m_python = QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable()
        ? QStringLiteral("/usr/bin/python3")
        : QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!m_python.isEmpty(), "python3 is needed (apt-get install python3 python3-nacl)");
    const Run probe = python(QStringLiteral("-c"), { QStringLiteral("import nacl.pwhash, nacl.bindings") }, {});
    QVERIFY2(probe.exitCode == 0, "PyNaCl is needed: apt-get install python3-nacl");

    m_doc = readText(kDocPath);
    QVERIFY2(!m_doc.isEmpty(), qPrintable(kDocPath));
    QVERIFY(QFileInfo(kScriptPath).isFile());
}

void TestKeySlotDoc::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QStringList snippets = fencedBlocks(m_doc, QStringLiteral("python"));
    QCOMPARE(snippets.size(), 1);
    m_snippetPath = m_dir->filePath(QStringLiteral("recover.py"));
    QVERIFY(writeAll(m_snippetPath, snippets.first().toUtf8()));
}

Run TestKeySlotDoc::python(const QString &program, const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.start(m_python, QStringList { program } + arguments);
    Run run;
    if (!process.waitForStarted()) {
        return run;
    }
    // The secret goes on stdin, as the document tells users to do, never in argv.
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestKeySlotDoc::expectBothRecover(const QString &slotPath, const QByteArray &secret, const QByteArray &expectedHex)
{
    for (const QString &program : { m_snippetPath, kScriptPath }) {
        const Run run = python(program, { slotPath }, secret + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(program + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        QCOMPARE(run.out.trimmed(), expectedHex);
    }
}

void TestKeySlotDoc::userSlotOpensWithPython()
{
    KeySlotStore store(m_dir->filePath(QStringLiteral("keys")));
    const SecretKey key = SecretKey::random();
    const QByteArray password = "\xc3\xa9t\xc3\xa9 \xc3\xa0 Qu\xc3\xa9"
                                "bec, 2026!"; // non-ASCII UTF-8
    QVERIFY(store.writeUserSlot(QStringLiteral("alice"), password, key).ok());
    expectBothRecover(store.userSlotPath(QStringLiteral("alice")), password, key.toByteArray().toHex());
}

void TestKeySlotDoc::recoverySlotOpensWithPython()
{
    KeySlotStore store(m_dir->filePath(QStringLiteral("keys")));
    const SecretKey key = SecretKey::random();
    Result<QString> code = store.createRecoverySlot(key);
    QVERIFY(code.ok());
    expectBothRecover(store.recoverySlotPath(), code->toUtf8(), key.toByteArray().toHex());

    // As typed back by hand: lower case, spaces for dashes, o for 0, l for 1.
    QString typed = code->toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    typed.replace(QLatin1Char('0'), QLatin1Char('o'));
    typed.replace(QLatin1Char('1'), QLatin1Char('l'));
    expectBothRecover(store.recoverySlotPath(), typed.toUtf8(), key.toByteArray().toHex());
}

void TestKeySlotDoc::wrongSecretIsRefusedByScript()
{
    KeySlotStore store(m_dir->filePath(QStringLiteral("keys")));
    QVERIFY(store.writeUserSlot(QStringLiteral("alice"), "the right password", SecretKey::random()).ok());
    const Run run = python(kScriptPath, { store.userSlotPath(QStringLiteral("alice")) }, "the wrong password\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("wrong password"), run.err.constData());
}

void TestKeySlotDoc::damagedSlotIsRefusedByScript()
{
    KeySlotStore store(m_dir->filePath(QStringLiteral("keys")));
    const QByteArray password = "the right password";
    QVERIFY(store.writeUserSlot(QStringLiteral("alice"), password, SecretKey::random()).ok());
    const QString path = store.userSlotPath(QStringLiteral("alice"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject slot = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    slot[QStringLiteral("created")] = QStringLiteral("2020-01-01T00:00:00.000Z");
    QVERIFY(writeAll(path, QJsonDocument(slot).toJson()));

    const Run run = python(kScriptPath, { path }, password + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("damaged"), run.err.constData());
    // The bare recipe has no checksum check, but the AEAD still refuses the edited header.
    QVERIFY(python(m_snippetPath, { path }, password + '\n').exitCode != 0);
}

void TestKeySlotDoc::scriptUsage()
{
    const Run run = python(kScriptPath, {}, {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("SLOT_FILE"));
}

void TestKeySlotDoc::documentedVectorsOpenWithTrialDesk()
{
    const QStringList slotTexts = fencedBlocks(m_doc, QStringLiteral("json"));
    QCOMPARE(slotTexts.size(), 2);
    const QRegularExpression keyLine(QStringLiteral("Database key of both \\(hexadecimal\\): `([0-9a-f]{64})`"));
    const QRegularExpressionMatch keyMatch = keyLine.match(m_doc);
    QVERIFY(keyMatch.hasMatch());
    const QByteArray expectedHex = keyMatch.captured(1).toLatin1();
    const QByteArray password = "alice correct horse battery";
    const QString code = QStringLiteral("frab afsz awkt k2sp 3zp9 36l2 vzvj");
    QVERIFY(m_doc.contains(QString::fromLatin1(password)));
    QVERIFY(m_doc.contains(code));

    const QString keys = m_dir->filePath(QStringLiteral("keys"));
    QVERIFY(QDir().mkpath(keys));
    KeySlotStore store(keys);
    QVERIFY(writeAll(store.userSlotPath(QStringLiteral("alice")), slotTexts.at(0).toUtf8()));
    QVERIFY(writeAll(store.recoverySlotPath(), slotTexts.at(1).toUtf8()));

    Result<SecretKey> fromPassword = store.openUserSlot(QStringLiteral("alice"), password);
    QVERIFY2(fromPassword.ok(), qPrintable(fromPassword.ok() ? QString() : fromPassword.error().message));
    QCOMPARE(fromPassword->toByteArray().toHex(), expectedHex);
    Result<SecretKey> fromCode = store.openRecoverySlot(code);
    QVERIFY2(fromCode.ok(), qPrintable(fromCode.ok() ? QString() : fromCode.error().message));
    QCOMPARE(fromCode->toByteArray().toHex(), expectedHex);

    expectBothRecover(store.userSlotPath(QStringLiteral("alice")), password, expectedHex);
    expectBothRecover(store.recoverySlotPath(), code.toUtf8(), expectedHex);
}

void TestKeySlotDoc::documentedAdditionalDataIsExact()
{
    const QStringList slotTexts = fencedBlocks(m_doc, QStringLiteral("json"));
    QVERIFY(!slotTexts.isEmpty());
    Result<KeySlot> slot = KeySlot::parse(slotTexts.first().toUtf8(), QStringLiteral("docs/key-slots.md"));
    QVERIFY2(slot.ok(), qPrintable(slot.ok() ? QString() : slot.error().message));

    const QRegularExpression example(QStringLiteral("additional data is these (\\d+) bytes:\\n\\n```\\n(.*?)```"),
                                     QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = example.match(m_doc);
    QVERIFY(match.hasMatch());
    const QByteArray documented = match.captured(2).toUtf8();
    QCOMPARE(slot->additionalData(), documented);
    QCOMPARE(QByteArray::number(documented.size()), match.captured(1).toLatin1());
}

QTEST_GUILESS_MAIN(TestKeySlotDoc)
#include "tst_keyslotdoc.moc"
