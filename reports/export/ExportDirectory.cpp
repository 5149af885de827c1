#include "ExportDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace trialdesk::reports {

using core::ErrorCode;
using core::makeError;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::ExportDirectory)
};
} // namespace

ExportDirectory::ExportDirectory(QString path)
    : m_path(std::move(path))
{
}

ExportDirectory::~ExportDirectory()
{
    if (!m_committed)
        discard();
}

core::Status ExportDirectory::prepare(const QStringList &fileNames)
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is a file; give a folder for the export (it is created if missing).")
                             .arg(QDir::toNativeSeparators(m_path)));
    QDir dir(m_path);
    if (!info.exists()) {
        if (!QDir().mkpath(m_path))
            return makeError(ErrorCode::Storage,
                             Tr::tr("Could not create the folder %1. Check that you may write "
                                    "there and that the disk is not full.")
                                 .arg(QDir::toNativeSeparators(m_path)));
        m_createdFolder = true;
    }
    QStringList names = fileNames;
    names.append(manifestName());
    for (const QString &name : std::as_const(names)) {
        if (dir.exists(name))
            return makeError(ErrorCode::Conflict,
                             Tr::tr("The folder %1 already holds %2 from another export. Choose "
                                    "an empty folder; an export never overwrites one.")
                                 .arg(QDir::toNativeSeparators(m_path), name));
    }
    return {};
}

core::Result<ExportFile *> ExportDirectory::create(const QString &fileName)
{
    auto file = std::make_unique<ExportFile>(QDir(m_path).filePath(fileName));
    ExportFile *raw = file.get();
    m_files.push_back(std::move(file));
    if (!raw->openForWrite())
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not create %1: %2. Check that you may write to the folder.")
                             .arg(QDir::toNativeSeparators(raw->path()), raw->errorString()));
    return raw;
}

core::Status ExportDirectory::finishAll()
{
    for (const auto &file : m_files) {
        if (!file->finish())
            return makeError(ErrorCode::Storage,
                             Tr::tr("Could not write %1: %2. Check the free disk space and "
                                    "export again.")
                                 .arg(QDir::toNativeSeparators(file->path()), file->errorString()));
    }
    return {};
}

core::Status ExportDirectory::writeManifest(QJsonObject header)
{
    if (auto finished = finishAll(); !finished)
        return finished;
    QJsonArray files;
    for (const auto &file : m_files) {
        files.append(QJsonObject {
            { QStringLiteral("name"), QFileInfo(file->path()).fileName() },
            { QStringLiteral("size"), file->bytesWritten() },
            { QStringLiteral("sha256"), QString::fromLatin1(file->sha256Hex()) },
        });
    }
    header.insert(QStringLiteral("files"), files);
    QSaveFile manifest(QDir(m_path).filePath(manifestName()));
    m_manifestWritten = true; // from here discard() removes it too
    if (!manifest.open(QIODevice::WriteOnly)
        || manifest.write(QJsonDocument(header).toJson(QJsonDocument::Indented)) < 0 || !manifest.commit())
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write the manifest %1: %2. Check the free disk space "
                                "and export again.")
                             .arg(QDir::toNativeSeparators(manifest.fileName()), manifest.errorString()));
    return {};
}

void ExportDirectory::discard()
{
    for (const auto &file : m_files) {
        if (file->isOpen())
            file->finish();
        QFile::remove(file->path());
    }
    m_files.clear();
    if (m_manifestWritten)
        QFile::remove(QDir(m_path).filePath(manifestName()));
    m_manifestWritten = false;
    if (m_createdFolder)
        QDir().rmdir(m_path); // only when empty: never removes what someone else put there
    m_createdFolder = false;
}

QStringList ExportDirectory::fileNames() const
{
    QStringList names;
    for (const auto &file : m_files)
        names.append(QFileInfo(file->path()).fileName());
    return names;
}

qint64 ExportDirectory::totalBytes() const
{
    qint64 total = 0;
    for (const auto &file : m_files)
        total += file->bytesWritten();
    return total;
}

} // namespace trialdesk::reports
