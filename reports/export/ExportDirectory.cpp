#include "reports/export/ExportDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

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
        // A symbolic link counts as taken even when it points nowhere (exists() follows links).
        const QFileInfo taken(dir.filePath(name));
        if (taken.exists() || taken.isSymLink())
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
        return makeError(ErrorCode::Storage, raw->errorString()); // PrivateFileWriter's message names the file
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
    m_manifest = std::make_unique<core::PrivateFileWriter>(QDir(m_path).filePath(manifestName()));
    if (auto opened = m_manifest->open(); !opened)
        return opened;
    if (!m_manifest->write(QJsonDocument(header).toJson(QJsonDocument::Indented)))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write the manifest %1: %2. Check the free disk space "
                                "and export again.")
                             .arg(QDir::toNativeSeparators(m_manifest->target()), m_manifest->errorString()));
    return {};
}

core::Status ExportDirectory::commit()
{
    if (!m_manifest)
        return makeError(
            ErrorCode::Storage,
            Tr::tr("The export in %1 has no manifest; export again.").arg(QDir::toNativeSeparators(m_path)));
    // Every file gets its name, the manifest last: a folder with a manifest.json holds a whole export.
    for (const auto &file : m_files) {
        if (auto committed = file->commit(); !committed)
            return committed;
        m_placed.append(file->path());
    }
    if (auto committed = m_manifest->commit(); !committed)
        return committed;
    m_committed = true;
    return {};
}

void ExportDirectory::discard()
{
    for (const auto &file : m_files)
        file->discard();
    m_files.clear();
    m_manifest.reset(); // removes its temporary file
    // Files a failed commit() had already put in place: the export is incomplete, so none stays.
    for (const QString &placed : std::as_const(m_placed))
        QFile::remove(placed);
    m_placed.clear();
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
