#include "core/security/KeySlot.h"
#include "core/security/KeySlotStore.h"
#include "core/security/RecoveryCode.h"
#include "core/security/SecretKey.h"
#include "core/util/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace trialdesk::core;

namespace {

const QByteArray kAlicePassword = QByteArrayLiteral("alice correct horse battery");
const QByteArray kBobPassword = QByteArrayLiteral("bob staple 4 ever, truly");
const QByteArray kCarolPassword = "carol \xc3\xa9t\xc3\xa9 \xc3\xa0 Montr\xc3\xa9"
                                  "al"; // UTF-8, 18 characters

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

// The AAD and checksum exactly as docs/key-slots.md describes them, computed independently of KeySlot,
// so a test can forge a well-formed slot (as an attacker with write access could) and prove the AEAD binds it.
QByteArray documentedAdditionalData(const QJsonObject &slot)
{
    const QJsonObject kdf = slot.value("kdf").toObject();
    const QJsonObject aead = slot.value("aead").toObject();
    QByteArray aad;
    aad += "format=" + slot.value("format").toString().toUtf8() + '\n';
    aad += "version=" + QByteArray::number(slot.value("version").toInteger()) + '\n';
    aad += "kind=" + slot.value("kind").toString().toUtf8() + '\n';
    aad += "user=" + slot.value("user").toString().toUtf8() + '\n';
    aad += "created=" + slot.value("created").toString().toUtf8() + '\n';
    aad += "key-id=" + slot.value("keyId").toString().toUtf8() + '\n';
    aad += "kdf=" + kdf.value("algorithm").toString().toUtf8() + '\n';
    aad += "ops-limit=" + QByteArray::number(kdf.value("opsLimit").toInteger()) + '\n';
    aad += "mem-limit=" + QByteArray::number(kdf.value("memLimit").toInteger()) + '\n';
    aad += "salt=" + kdf.value("salt").toString().toUtf8() + '\n';
    aad += "aead=" + aead.value("algorithm").toString().toUtf8() + '\n';
    return aad;
}

void recomputeChecksum(QJsonObject &slot)
{
    const QJsonObject aead = slot.value("aead").toObject();
    const QByteArray data = documentedAdditionalData(slot)
        + QByteArray::fromHex(aead.value("nonce").toString().toLatin1())
        + QByteArray::fromHex(aead.value("ciphertext").toString().toLatin1());
    slot["checksum"] = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Blake2b_256).toHex());
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

class TestKeySlots : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void secretKeyIsRandomMovableAndSized();
    void userNamesAreValidated();
    void recoveryCodeIsReadableAndForgiving();
    void recoveryCodeRefusesWhatItCannotBe();

    void eachUserOpens();
    void wrongPasswordIsRefused();
    void unknownUserIsRefused();
    void removedUserIsRefused();
    void shortPasswordIsRefused();
    void changePasswordRewraps();
    void changePasswordRefusalsModifyNothing();
    void recoveryCodeOpens();
    void wrongRecoveryCodeIsRefused();
    void slotRecordsItsOwnKdfCost();
    void weakKdfCostIsNotConfigurable();

    void corruptSlotIsRefusedAndUntouched_data();
    void corruptSlotIsRefusedAndUntouched();
    void renamedSlotIsRefused();
    void forgedHeaderFailsAuthentication();
    void weakParametersAreRefused();

    void writeIsAtomicAndOwnerOnly();
    void secretNeverAppearsInSlotFiles();
    void keyIdRecognisesStaleSlots();
    void slotFileMatchesDocumentedLayout();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeySlotStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    QString keysDir() const { return m_dir->filePath("keys"); }
};

void TestKeySlots::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC));
    m_store = std::make_unique<KeySlotStore>(keysDir(), *m_clock);
}

void TestKeySlots::secretKeyIsRandomMovableAndSized()
{
    SecretKey a = SecretKey::random();
    SecretKey b = SecretKey::random();
    QCOMPARE(a.size(), SecretKey::kSize);
    QVERIFY(!a.equals(b));
    QVERIFY(a.toByteArray() != b.toByteArray());

    const QByteArray bytesOfA = a.toByteArray();
    SecretKey moved = std::move(a);
    QVERIFY(a.isNull());
    QCOMPARE(a.size(), 0);
    QCOMPARE(moved.toByteArray(), bytesOfA);

    Result<SecretKey> copy = SecretKey::fromBytes(bytesOfA);
    QVERIFY(copy.ok());
    QVERIFY(copy->equals(moved));

    const Result<SecretKey> tooShort = SecretKey::fromBytes(QByteArray(31, 'x'));
    QVERIFY(!tooShort.ok());
    QCOMPARE(tooShort.error().code, ErrorCode::InvalidInput);
    QVERIFY(tooShort.error().message.contains("32"));
}

void TestKeySlots::userNamesAreValidated()
{
    for (const char *good : { "alice", "a", "0day", "dr.smith", "site_2-coordinator" }) {
        QVERIFY2(KeySlotStore::isValidUserName(good), good);
    }
    for (const QString &bad : { QString(), QString("Alice"), QString(".hidden"), QString("-x"), QString("a b"),
                                QString("../etc"), QString("a/b"), QString(65, 'a'), QString("\xc3\xa9mile") }) {
        QVERIFY2(!KeySlotStore::isValidUserName(bad), qPrintable(bad));
    }
    QVERIFY(KeySlotStore::isValidUserName(QString(64, 'a')));

    const Status refused = m_store->writeUserSlot("../escape", kAlicePassword, SecretKey::random());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY(!QFileInfo::exists(keysDir()));
}

void TestKeySlots::recoveryCodeIsReadableAndForgiving()
{
    const QString code = RecoveryCode::generate();
    static const QRegularExpression shape("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$");
    QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
    QVERIFY(RecoveryCode::generate() != code);

    const Result<QByteArray> normalized = RecoveryCode::normalize(code);
    QVERIFY(normalized.ok());
    QCOMPARE(normalized->size(), RecoveryCode::kSymbols);
    QCOMPARE(RecoveryCode::format(normalized.value()), code);

    const Result<QByteArray> sloppy = RecoveryCode::normalize(QString::fromUtf8(" 0a1b-olIL \t 2345\u2013"
                                                                                "6789 cdef ghjk\u00a0mnpq "));
    QVERIFY(sloppy.ok());
    QCOMPARE(sloppy.value(), QByteArray("0A1B011123456789CDEFGHJKMNPQ"));
}

void TestKeySlots::recoveryCodeRefusesWhatItCannotBe()
{
    const Result<QByteArray> withU = RecoveryCode::normalize("UUUU-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
    QVERIFY(!withU.ok());
    QCOMPARE(withU.error().code, ErrorCode::InvalidInput);
    QVERIFY(withU.error().message.contains("Character 1"));
    QVERIFY(!withU.error().message.contains("UUUU"));

    const Result<QByteArray> tooShort = RecoveryCode::normalize("AAAA-AAAA-AAAA");
    QVERIFY(!tooShort.ok());
    QVERIFY(tooShort.error().message.contains("28"));

    const Result<QByteArray> tooLong = RecoveryCode::normalize(QString(29, 'A'));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, ErrorCode::InvalidInput);
}

void TestKeySlots::eachUserOpens()
{
    const SecretKey key = SecretKey::random();
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, key).ok());
    QVERIFY(m_store->writeUserSlot("bob", kBobPassword, key).ok());
    QVERIFY(m_store->writeUserSlot("carol", kCarolPassword, key).ok());

    QCOMPARE(m_store->userSlots(), QStringList({ "alice", "bob", "carol" }));
    QVERIFY(m_store->hasUserSlot("bob"));
    const QList<QPair<QString, QByteArray>> users { { "alice", kAlicePassword },
                                                    { "bob", kBobPassword },
                                                    { "carol", kCarolPassword } };
    for (const auto &[user, password] : users) {
        Result<SecretKey> opened = m_store->openUserSlot(user, password);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(opened->equals(key));
    }
    // Another store on the same folder (a later session) opens them too.
    KeySlotStore later(keysDir());
    QVERIFY(later.openUserSlot("bob", kBobPassword)->equals(key));
}

void TestKeySlots::wrongPasswordIsRefused()
{
    const SecretKey key = SecretKey::random();
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, key).ok());
    QVERIFY(m_store->writeUserSlot("bob", kBobPassword, key).ok());
    const QByteArray before = readAll(m_store->userSlotPath("alice"));

    for (const QByteArray &wrong : { kBobPassword, kAlicePassword + " ", QByteArray("ALICE CORRECT HORSE BATTERY") }) {
        const Result<SecretKey> refused = m_store->openUserSlot("alice", wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::AuthenticationFailed);
        QVERIFY(refused.error().message.contains("alice"));
        QVERIFY(!refused.error().message.contains(QString::fromUtf8(wrong)));
    }
    QCOMPARE(readAll(m_store->userSlotPath("alice")), before);
}

void TestKeySlots::unknownUserIsRefused()
{
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, SecretKey::random()).ok());
    const Result<SecretKey> refused = m_store->openUserSlot("zoe", kAlicePassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QVERIFY(refused.error().message.contains("zoe"));
    QVERIFY(refused.error().message.contains(QDir::toNativeSeparators(keysDir())));
    QVERIFY(refused.error().message.contains("administrator"));
    QVERIFY(!m_store->hasUserSlot("zoe"));
    QCOMPARE(m_store->keyId("zoe").error().code, ErrorCode::NotFound);

    KeySlotStore empty(m_dir->filePath("nowhere"));
    QCOMPARE(empty.openUserSlot("alice", kAlicePassword).error().code, ErrorCode::NotFound);
    QVERIFY(empty.userSlots().isEmpty());
    QCOMPARE(empty.openRecoverySlot(RecoveryCode::generate()).error().code, ErrorCode::NotFound);
}

void TestKeySlots::removedUserIsRefused()
{
    const SecretKey key = SecretKey::random();
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, key).ok());
    QVERIFY(m_store->writeUserSlot("bob", kBobPassword, key).ok());
    QVERIFY(m_store->removeUserSlot("bob").ok());

    QVERIFY(!m_store->hasUserSlot("bob"));
    QCOMPARE(m_store->userSlots(), QStringList({ "alice" }));
    const Result<SecretKey> refused = m_store->openUserSlot("bob", kBobPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(m_store->removeUserSlot("bob").error().code, ErrorCode::NotFound);
    QVERIFY(m_store->openUserSlot("alice", kAlicePassword)->equals(key));
}

void TestKeySlots::shortPasswordIsRefused()
{
    // 11 characters refused, 12 accepted; counted in characters, so 11 accented letters (22 bytes) are too few.
    const QByteArray elevenAccented = QString(11, QChar(0xe9)).toUtf8();
    QCOMPARE(elevenAccented.size(), 22);
    for (const QByteArray &tooShort : { QByteArray("elevenchars"), elevenAccented, QByteArray() }) {
        const Status refused = m_store->writeUserSlot("alice", tooShort, SecretKey::random());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QString::number(KeySlotStore::kMinimumPasswordLength)));
    }
    QVERIFY(!m_store->hasUserSlot("alice"));
    QVERIFY(m_store->writeUserSlot("alice", QString(12, QChar(0xe9)).toUtf8(), SecretKey::random()).ok());
    QVERIFY(KeySlotStore::checkPassword("twelve chars").ok());
}

void TestKeySlots::changePasswordRewraps()
{
    const SecretKey key = SecretKey::random();
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, key).ok());
    const QByteArray newPassword = "a brand new passphrase";
    const Status changed = m_store->changePassword("alice", kAlicePassword, newPassword);
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));

    QCOMPARE(m_store->openUserSlot("alice", kAlicePassword).error().code, ErrorCode::AuthenticationFailed);
    Result<SecretKey> opened = m_store->openUserSlot("alice", newPassword);
    QVERIFY(opened.ok());
    QVERIFY(opened->equals(key));
}

void TestKeySlots::changePasswordRefusalsModifyNothing()
{
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, SecretKey::random()).ok());
    const QByteArray before = readAll(m_store->userSlotPath("alice"));

    const Status wrongOld = m_store->changePassword("alice", kBobPassword, "a brand new passphrase");
    QCOMPARE(wrongOld.error().code, ErrorCode::AuthenticationFailed);
    const Status shortNew = m_store->changePassword("alice", kAlicePassword, "short");
    QCOMPARE(shortNew.error().code, ErrorCode::InvalidInput);
    const Status unknown = m_store->changePassword("zoe", kAlicePassword, "a brand new passphrase");
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);

    QCOMPARE(readAll(m_store->userSlotPath("alice")), before);
    QVERIFY(m_store->openUserSlot("alice", kAlicePassword).ok());
}

void TestKeySlots::recoveryCodeOpens()
{
    const SecretKey key = SecretKey::random();
    Result<QString> code = m_store->createRecoverySlot(key);
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
    QVERIFY(m_store->hasRecoverySlot());
    // The recovery slot is not a user.
    QVERIFY(m_store->userSlots().isEmpty());

    Result<SecretKey> exact = m_store->openRecoverySlot(code.value());
    QVERIFY(exact.ok());
    QVERIFY(exact->equals(key));

    // Typed back by hand: lower case, spaces instead of dashes, o for 0 and l for 1.
    QString typed = code->toLower();
    typed.replace('-', ' ');
    typed.replace('0', 'o');
    typed.replace('1', 'l');
    Result<SecretKey> sloppy = m_store->openRecoverySlot(typed);
    QVERIFY2(sloppy.ok(), qPrintable(sloppy.ok() ? QString() : sloppy.error().message));
    QVERIFY(sloppy->equals(key));

    QString noSeparators = code.value();
    noSeparators.remove('-');
    QVERIFY(m_store->openRecoverySlot(noSeparators)->equals(key));
}

void TestKeySlots::wrongRecoveryCodeIsRefused()
{
    Result<QString> code = m_store->createRecoverySlot(SecretKey::random());
    QVERIFY(code.ok());
    const QByteArray before = readAll(m_store->recoverySlotPath());

    QString wrong = code.value();
    wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
    const Result<SecretKey> refused = m_store->openRecoverySlot(wrong);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::AuthenticationFailed);
    QVERIFY(refused.error().message.contains("recovery code"));

    const Result<SecretKey> malformed = m_store->openRecoverySlot("not a code");
    QCOMPARE(malformed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(readAll(m_store->recoverySlotPath()), before);

    // A new recovery slot replaces the old one: the old code no longer opens.
    Result<QString> newCode = m_store->createRecoverySlot(SecretKey::random());
    QVERIFY(newCode.ok());
    QCOMPARE(m_store->openRecoverySlot(code.value()).error().code, ErrorCode::AuthenticationFailed);
}

void TestKeySlots::slotRecordsItsOwnKdfCost()
{
    const SecretKey key = SecretKey::random();
    QVERIFY(m_store->setKdfCost({ 4, quint64(72) * 1024 * 1024 }).ok());
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, key).ok());
    const QJsonObject kdf = readJson(m_store->userSlotPath("alice")).value("kdf").toObject();
    QCOMPARE(kdf.value("opsLimit").toInteger(), 4);
    QCOMPARE(kdf.value("memLimit").toInteger(), 72 * 1024 * 1024);
    // A store with the default cost reads the cost from the slot, not from its own settings.
    KeySlotStore defaults(keysDir());
    QCOMPARE(defaults.kdfCost().opsLimit, KeySlot::kDefaultCost.opsLimit);
    QVERIFY(defaults.openUserSlot("alice", kAlicePassword)->equals(key));
}

void TestKeySlots::weakKdfCostIsNotConfigurable()
{
    QCOMPARE(m_store->setKdfCost({ 2, KeySlot::kMinimumMemLimit }).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_store->setKdfCost({ 3, KeySlot::kMinimumMemLimit - 1024 }).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_store->kdfCost().opsLimit, KeySlot::kDefaultCost.opsLimit);
    QCOMPARE(m_store->kdfCost().memLimit, KeySlot::kDefaultCost.memLimit);
    QVERIFY(KeySlot::kDefaultCost.opsLimit >= 3);
    QVERIFY(KeySlot::kDefaultCost.memLimit >= quint64(64) * 1024 * 1024);
}

void TestKeySlots::corruptSlotIsRefusedAndUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("truncated") << "truncated" << int(ErrorCode::Corrupt);
    QTest::newRow("empty") << "empty" << int(ErrorCode::Corrupt);
    QTest::newRow("bad JSON") << "bad JSON" << int(ErrorCode::Corrupt);
    QTest::newRow("flipped ciphertext byte") << "flipped ciphertext byte" << int(ErrorCode::Corrupt);
    QTest::newRow("flipped salt byte") << "flipped salt byte" << int(ErrorCode::Corrupt);
    QTest::newRow("header user edited") << "header user edited" << int(ErrorCode::Corrupt);
    QTest::newRow("other format") << "other format" << int(ErrorCode::Corrupt);
    QTest::newRow("newer version") << "newer version" << int(ErrorCode::Unsupported);
    QTest::newRow("upper-case hex") << "upper-case hex" << int(ErrorCode::Corrupt);
}

void TestKeySlots::corruptSlotIsRefusedAndUntouched()
{
    QFETCH(QString, damage);
    QFETCH(int, expectedCode);

    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, SecretKey::random()).ok());
    const QString path = m_store->userSlotPath("alice");
    const QByteArray original = readAll(path);
    QJsonObject slot = readJson(path);
    QJsonObject aead = slot.value("aead").toObject();
    QJsonObject kdf = slot.value("kdf").toObject();
    auto flipHexDigit = [](QString hex, int at) {
        hex[at] = hex[at] == QChar('0') ? QChar('1') : QChar('0');
        return hex;
    };

    QByteArray damaged;
    if (damage == "truncated") {
        damaged = original.left(original.size() / 2);
    } else if (damage == "empty") {
        damaged = QByteArray();
    } else if (damage == "bad JSON") {
        damaged = original;
        damaged.replace("\"kind\"", "\"kind");
    } else if (damage == "flipped ciphertext byte") {
        aead["ciphertext"] = flipHexDigit(aead.value("ciphertext").toString(), 20);
        slot["aead"] = aead;
        damaged = toBytes(slot);
    } else if (damage == "flipped salt byte") {
        kdf["salt"] = flipHexDigit(kdf.value("salt").toString(), 3);
        slot["kdf"] = kdf;
        damaged = toBytes(slot);
    } else if (damage == "header user edited") {
        slot["user"] = "mallory";
        damaged = toBytes(slot);
    } else if (damage == "other format") {
        slot["format"] = "keepass";
        damaged = toBytes(slot);
    } else if (damage == "newer version") {
        slot["version"] = 2;
        damaged = toBytes(slot);
    } else if (damage == "upper-case hex") {
        aead["nonce"] = aead.value("nonce").toString().toUpper();
        slot["aead"] = aead;
        damaged = toBytes(slot);
    }
    QVERIFY(damaged != original);
    QVERIFY(writeAll(path, damaged));
    const QDateTime modified = QFileInfo(path).lastModified();

    const Result<SecretKey> opened = m_store->openUserSlot("alice", kAlicePassword);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().code), expectedCode);
    QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains("password"));

    QCOMPARE(int(m_store->keyId("alice").error().code), expectedCode);
    QCOMPARE(int(m_store->changePassword("alice", kAlicePassword, "a brand new passphrase").error().code),
             expectedCode);

    QCOMPARE(readAll(path), damaged);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(keysDir()).entryList(QDir::Files | QDir::Hidden), QStringList({ "user-alice.slot" }));
}

void TestKeySlots::renamedSlotIsRefused()
{
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, SecretKey::random()).ok());
    QVERIFY(QFile::copy(m_store->userSlotPath("alice"), m_store->userSlotPath("mallory")));
    const Result<SecretKey> refused = m_store->openUserSlot("mallory", kAlicePassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Corrupt);
    QVERIFY(refused.error().message.contains("alice"));
    QVERIFY(refused.error().message.contains(QDir::toNativeSeparators(m_store->userSlotPath("mallory"))));

    // The recovery slot cannot stand in for a user slot either.
    QVERIFY(m_store->createRecoverySlot(SecretKey::random()).ok());
    QVERIFY(QFile::remove(m_store->userSlotPath("mallory")));
    QVERIFY(QFile::copy(m_store->recoverySlotPath(), m_store->userSlotPath("mallory")));
    QCOMPARE(m_store->openUserSlot("mallory", kAlicePassword).error().code, ErrorCode::Corrupt);
}

void TestKeySlots::forgedHeaderFailsAuthentication()
{
    // Someone with write access renames alice's slot to mallory's and rewrites the header and checksum
    // consistently: only the AEAD binding of the header stops alice's password from opening it as mallory.
    const SecretKey key = SecretKey::random();
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, key).ok());
    QJsonObject slot = readJson(m_store->userSlotPath("alice"));
    slot["user"] = "mallory";
    recomputeChecksum(slot);
    const QByteArray forged = toBytes(slot);
    QVERIFY(writeAll(m_store->userSlotPath("mallory"), forged));

    const Result<SecretKey> refused = m_store->openUserSlot("mallory", kAlicePassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(readAll(m_store->userSlotPath("mallory")), forged);

    // The same forgery with the true user name back in place is accepted: the checksum recipe is the documented one.
    slot["user"] = "alice";
    recomputeChecksum(slot);
    QVERIFY(writeAll(m_store->userSlotPath("alice"), toBytes(slot)));
    QVERIFY(m_store->openUserSlot("alice", kAlicePassword)->equals(key));
}

void TestKeySlots::weakParametersAreRefused()
{
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, SecretKey::random()).ok());
    const QString path = m_store->userSlotPath("alice");
    const QJsonObject original = readJson(path);

    const QList<QPair<qint64, qint64>> weak { { 2, 64 * 1024 * 1024 }, { 3, 32 * 1024 * 1024 }, { 1, 8192 } };
    for (const auto &[ops, mem] : weak) {
        QJsonObject slot = original;
        QJsonObject kdf = slot.value("kdf").toObject();
        kdf["opsLimit"] = ops;
        kdf["memLimit"] = mem;
        slot["kdf"] = kdf;
        recomputeChecksum(slot);
        const QByteArray bytes = toBytes(slot);
        QVERIFY(writeAll(path, bytes));
        const Result<SecretKey> refused = m_store->openUserSlot("alice", kAlicePassword);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Corrupt);
        QVERIFY2(refused.error().message.contains("minimum"), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(readAll(path), bytes);
    }

    QJsonObject huge = original;
    QJsonObject kdf = huge.value("kdf").toObject();
    kdf["memLimit"] = qint64(1) << 40;
    huge["kdf"] = kdf;
    recomputeChecksum(huge);
    QVERIFY(writeAll(path, toBytes(huge)));
    QCOMPARE(m_store->openUserSlot("alice", kAlicePassword).error().code, ErrorCode::Unsupported);
}

void TestKeySlots::writeIsAtomicAndOwnerOnly()
{
    const SecretKey key = SecretKey::random();
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, key).ok());
    const QByteArray first = readAll(m_store->userSlotPath("alice"));
    QVERIFY(m_store->writeUserSlot("alice", kBobPassword, key).ok()); // replaces
    QVERIFY(readAll(m_store->userSlotPath("alice")) != first);
    QVERIFY(m_store->createRecoverySlot(key).ok());
    QVERIFY(m_store->changePassword("alice", kBobPassword, kAlicePassword).ok());

    // QSaveFile renamed its temporary files into place: only the slots remain.
    QCOMPARE(QDir(keysDir()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name),
             QStringList({ "recovery.slot", "user-alice.slot" }));
    for (const QString &file : { m_store->userSlotPath("alice"), m_store->recoverySlotPath() }) {
        QCOMPARE(
            QFileInfo(file).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QVERIFY(QFileInfo(file).permissions() & QFileDevice::ReadOwner);
    }

    // A folder that cannot be made (a file is in the way): a clear error, nothing written.
    const QString blocked = m_dir->filePath("blocked");
    QVERIFY(writeAll(blocked, "not a folder"));
    KeySlotStore unwritable(blocked);
    const Status refused = unwritable.writeUserSlot("alice", kAlicePassword, key);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Storage);
    QVERIFY(refused.error().message.contains(QDir::toNativeSeparators(blocked)));
    QCOMPARE(readAll(blocked), QByteArray("not a folder"));
}

void TestKeySlots::secretNeverAppearsInSlotFiles()
{
    const SecretKey key = SecretKey::random();
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, key).ok());
    Result<QString> code = m_store->createRecoverySlot(key);
    QVERIFY(code.ok());
    const QByteArray raw = key.toByteArray();
    const QByteArray normalizedCode = RecoveryCode::normalize(code.value()).value();

    for (const QString &path : { m_store->userSlotPath("alice"), m_store->recoverySlotPath() }) {
        const QByteArray file = readAll(path);
        QVERIFY(!file.isEmpty());
        for (const QByteArray &secret : { raw, raw.toHex(), raw.toHex().toUpper(), raw.toBase64(), raw.left(8).toHex(),
                                          kAlicePassword, code->toUtf8(), normalizedCode }) {
            QVERIFY2(!file.contains(secret), qPrintable(path));
        }
    }
}

void TestKeySlots::keyIdRecognisesStaleSlots()
{
    const SecretKey oldKey = SecretKey::random();
    const SecretKey newKey = SecretKey::random();
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, oldKey).ok());
    QVERIFY(m_store->writeUserSlot("bob", kBobPassword, oldKey).ok());
    QVERIFY(m_store->createRecoverySlot(oldKey).ok());

    QCOMPARE(m_store->keyIdOf(oldKey).size(), 32);
    QCOMPARE(m_store->keyIdOf(oldKey), m_store->keyIdOf(oldKey));
    QVERIFY(m_store->keyIdOf(oldKey) != m_store->keyIdOf(newKey));
    QCOMPARE(m_store->keyId("alice").value(), m_store->keyIdOf(oldKey));

    // After a rotation alice is rewrapped, bob is not: bob's slot is recognisably stale.
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, newKey).ok());
    QCOMPARE(m_store->keyId("alice").value(), m_store->keyIdOf(newKey));
    QCOMPARE(m_store->keyId("bob").value(), m_store->keyIdOf(oldKey));
    QCOMPARE(m_store->recoveryKeyId().value(), m_store->keyIdOf(oldKey));
    // The identifier is not the key, nor a plain hash of it.
    QVERIFY(m_store->keyIdOf(newKey) != newKey.toByteArray());
    QVERIFY(m_store->keyIdOf(newKey)
            != QCryptographicHash::hash(newKey.toByteArray(), QCryptographicHash::Blake2b_256));
}

void TestKeySlots::slotFileMatchesDocumentedLayout()
{
    const SecretKey key = SecretKey::random();
    QVERIFY(m_store->writeUserSlot("alice", kAlicePassword, key).ok());
    QVERIFY(m_store->createRecoverySlot(key).ok());

    const QJsonObject user = readJson(m_store->userSlotPath("alice"));
    QCOMPARE(user.value("format").toString(), QString("trialdesk-key-slot"));
    QCOMPARE(user.value("version").toInteger(), 1);
    QCOMPARE(user.value("kind").toString(), QString("user"));
    QCOMPARE(user.value("user").toString(), QString("alice"));
    QCOMPARE(user.value("created").toString(), QString("2026-03-14T09:26:53.589Z"));
    QCOMPARE(user.value("kdf").toObject().value("algorithm").toString(), QString("argon2id13"));
    QCOMPARE(user.value("kdf").toObject().value("salt").toString().size(), 32);
    QCOMPARE(user.value("aead").toObject().value("algorithm").toString(), QString("xchacha20poly1305-ietf"));
    QCOMPARE(user.value("aead").toObject().value("nonce").toString().size(), 48);
    QCOMPARE(user.value("aead").toObject().value("ciphertext").toString().size(), 96);
    // The key identifier is BLAKE2b-256 keyed with the database key over "trialdesk key id v1".
    QCOMPARE(user.value("keyId").toString(), QString::fromLatin1(m_store->keyIdOf(key).toHex()));

    const QJsonObject recovery = readJson(m_store->recoverySlotPath());
    QCOMPARE(recovery.value("kind").toString(), QString("recovery"));
    QCOMPARE(recovery.value("user").toString(), QString());

    // The checksum is the documented one, recomputed independently.
    for (QJsonObject slot : { user, recovery }) {
        const QString stored = slot.value("checksum").toString();
        recomputeChecksum(slot);
        QCOMPARE(slot.value("checksum").toString(), stored);
    }
}

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
