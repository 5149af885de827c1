#include "core/platform/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using trialdesk::core::ErrorCode;
using trialdesk::core::PrivateFileWriter;
namespace platform = trialdesk::core::platform;

// Every file that leaves the database is written through PrivateFileWriter: owner-only whatever the
// umask, never through a symbolic link, all or nothing.
class TestPrivateFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void createdOwnerOnlyWhateverTheUmask();
    void replacesAnExistingFile();
    void danglingLinkIsReplacedNotFollowed();
    void linkToAFileLeavesThatFileAlone();
    void cancelAndDestructionLeaveNoTemporaryFile();
    void failedWriteLeavesNothing();
    void folderAsTargetIsRefused();
    void missingFolderIsNamed();
    void createExclusiveRefusesAnyExistingName();

private:
    QStringList entries() const;
    static QByteArray contents(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    mode_t m_savedUmask = 0;
};

void TestPrivateFile::initTestCase()
{
    // The usual umask: without PrivateFileWriter new files would be 0644, readable by everyone.
    m_savedUmask = ::umask(022);
}

void TestPrivateFile::cleanupTestCase()
{
    ::umask(m_savedUmask);
}

void TestPrivateFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestPrivateFile::entries() const
{
    return QDir(m_dir->path())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray TestPrivateFile::contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPrivateFile::createdOwnerOnlyWhateverTheUmask()
{
    // A file created the ordinary way gets 0644 under this umask: the test's premise.
    const QString ordinary = m_dir->filePath(QStringLiteral("ordinary.txt"));
    {
        QFile file(ordinary);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(platform::permissionBits(ordinary), 0644);

    const QString target = m_dir->filePath(QStringLiteral("report.csv"));
    PrivateFileWriter writer(target);
    QVERIFY(writer.open().ok());
    // The temporary file is owner-only from its creation on, before anything is written.
    const QStringList during = entries();
    QCOMPARE(during.size(), 2);
    for (const QString &name : during)
        if (name != QStringLiteral("ordinary.txt"))
            QCOMPARE(platform::permissionBits(m_dir->filePath(name)), 0600);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(writer.write("a,b\n1,2\n"));
    QVERIFY(writer.commit().ok());
    QCOMPARE(platform::permissionBits(target), 0600);
    QCOMPARE(contents(target), QByteArray("a,b\n1,2\n"));
    QCOMPARE(entries(), (QStringList { QStringLiteral("ordinary.txt"), QStringLiteral("report.csv") }));
}

void TestPrivateFile::replacesAnExistingFile()
{
    const QString target = m_dir->filePath(QStringLiteral("list.csv"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old and longer content\n");
    }
    QCOMPARE(platform::permissionBits(target), 0644);
    PrivateFileWriter writer(target);
    QVERIFY(writer.open().ok());
    QVERIFY(writer.write("new\n"));
    // Until commit() the old file is untouched.
    QCOMPARE(contents(target), QByteArray("old and longer content\n"));
    QVERIFY(writer.commit().ok());
    QCOMPARE(contents(target), QByteArray("new\n"));
    // Replaced, not rewritten: the new file has the new mode.
    QCOMPARE(platform::permissionBits(target), 0600);
}

void TestPrivateFile::danglingLinkIsReplacedNotFollowed()
{
    const QString pointedTo = m_dir->filePath(QStringLiteral("victim.txt"));
    const QString target = m_dir->filePath(QStringLiteral("calendar.ics"));
    QVERIFY(QFile::link(pointedTo, target));
    QVERIFY(QFileInfo(target).isSymLink());
    QVERIFY(!QFileInfo::exists(pointedTo));

    PrivateFileWriter writer(target);
    QVERIFY(writer.open().ok());
    QVERIFY(writer.write("BEGIN:VCALENDAR\r\n"));
    QVERIFY(writer.commit().ok());

    // The link itself was replaced by the file; what it pointed to was never created.
    QVERIFY(!QFileInfo::exists(pointedTo));
    QVERIFY(!QFileInfo(target).isSymLink());
    QVERIFY(QFileInfo(target).isFile());
    QCOMPARE(contents(target), QByteArray("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(platform::permissionBits(target), 0600);
}

void TestPrivateFile::linkToAFileLeavesThatFileAlone()
{
    const QString pointedTo = m_dir->filePath(QStringLiteral("precious.txt"));
    {
        QFile file(pointedTo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    const int modeBefore = platform::permissionBits(pointedTo);
    const QString target = m_dir->filePath(QStringLiteral("export.json"));
    QVERIFY(QFile::link(pointedTo, target));

    PrivateFileWriter writer(target);
    QVERIFY(writer.open().ok());
    QVERIFY(writer.write("{}\n"));
    QVERIFY(writer.commit().ok());

    QCOMPARE(contents(pointedTo), QByteArray("keep me\n"));
    QCOMPARE(platform::permissionBits(pointedTo), modeBefore);
    QVERIFY(!QFileInfo(target).isSymLink());
    QCOMPARE(contents(target), QByteArray("{}\n"));
}

void TestPrivateFile::cancelAndDestructionLeaveNoTemporaryFile()
{
    const QString target = m_dir->filePath(QStringLiteral("cancelled.pdf"));
    {
        PrivateFileWriter writer(target);
        QVERIFY(writer.open().ok());
        QVERIFY(writer.write("%PDF-1.4\n"));
        QCOMPARE(entries().size(), 1); // the temporary file
        writer.cancel();
        QVERIFY(entries().isEmpty());
        QVERIFY(!writer.commit().ok()); // nothing left to commit
    }
    {
        PrivateFileWriter writer(target);
        QVERIFY(writer.open().ok());
        QVERIFY(writer.write("%PDF-1.4\n"));
        QCOMPARE(entries().size(), 1);
    } // destroyed without commit()
    QVERIFY(entries().isEmpty());
    QVERIFY(!QFileInfo::exists(target));
}

void TestPrivateFile::failedWriteLeavesNothing()
{
    const QString target = m_dir->filePath(QStringLiteral("never.csv"));
    PrivateFileWriter writer(target);
    // Writing before open() fails, and commit() then refuses with a message naming the file.
    QVERIFY(!writer.write("x"));
    const auto refused = writer.commit();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("never.csv")), qPrintable(refused.error().message));
    QVERIFY(entries().isEmpty());
}

void TestPrivateFile::folderAsTargetIsRefused()
{
    const QString folder = m_dir->filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkdir(folder));
    PrivateFileWriter writer(folder);
    const auto refused = writer.open();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("is a folder")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("reports")), qPrintable(refused.error().message));
    // Nothing was created beside it or in it.
    QCOMPARE(entries(), QStringList { QStringLiteral("reports") });
    QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
}

void TestPrivateFile::missingFolderIsNamed()
{
    const QString target = m_dir->filePath(QStringLiteral("absent/report.pdf"));
    PrivateFileWriter writer(target);
    const auto refused = writer.open();
    QVERIFY(!refused.ok());
    // The message names the file the user asked for and its missing folder, never a temporary name.
    QVERIFY2(refused.error().message.contains(QStringLiteral("report.pdf"))
                 && refused.error().message.contains(QStringLiteral("does not exist"))
                 && !refused.error().message.contains(QStringLiteral(".tmp")),
             qPrintable(refused.error().message));
    QVERIFY(entries().isEmpty());
}

void TestPrivateFile::createExclusiveRefusesAnyExistingName()
{
    const QString link = m_dir->filePath(QStringLiteral("dangling"));
    const QString pointedTo = m_dir->filePath(QStringLiteral("absent"));
    QVERIFY(QFile::link(pointedTo, link));
    auto created = platform::createExclusive(link);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::Conflict);
    QVERIFY(!QFileInfo::exists(pointedTo));

    const QString fresh = m_dir->filePath(QStringLiteral("fresh"));
    auto made = platform::createExclusive(fresh);
    QVERIFY(made.ok());
    QCOMPARE(platform::permissionBits(fresh), 0600);
    QVERIFY(!platform::createExclusive(fresh).ok());
}

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
