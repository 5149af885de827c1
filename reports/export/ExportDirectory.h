#pragma once

#include "core/Result.h"
#include "reports/export/ExportFile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace trialdesk::reports {

// The folder an export writes into, and every file it has created there. Each file is written through
// core's PrivateFileWriter (a 0600 temporary file, never through a symbolic link) and gets its name
// only in commit(), which the exporter calls after the export's audit entries are committed. Until
// then the export is partial: discard() (or the destructor) removes every temporary file, and the
// folder too when the export created it, so a cancelled, failed or unaudited export leaves nothing.
class ExportDirectory
{
public:
    explicit ExportDirectory(QString path);
    ~ExportDirectory();
    ExportDirectory(const ExportDirectory &) = delete;
    ExportDirectory &operator=(const ExportDirectory &) = delete;

    // Creates the folder if missing; refuses a folder that already holds a manifest.json (an earlier
    // export: never overwrite one silently) or any of the given file names.
    core::Status prepare(const QStringList &fileNames);
    // A new file in the folder, open for writing; owned by this object.
    core::Result<ExportFile *> create(const QString &fileName);
    // Finishes every file; Storage error naming the first that failed.
    core::Status finishAll();
    // Finishes the files and writes manifest.json (still temporary): `header` plus
    // "files": [{name, size, sha256}] for every file.
    core::Status writeManifest(QJsonObject header);
    // Puts every file in place, the manifest last. On failure the export is discarded.
    core::Status commit();
    void discard();

    QString path() const { return m_path; }
    QStringList fileNames() const; // created files, in creation order
    qint64 totalBytes() const;

    static QString manifestName() { return QStringLiteral("manifest.json"); }

private:
    QString m_path;
    bool m_createdFolder = false;
    bool m_committed = false;
    std::vector<std::unique_ptr<ExportFile>> m_files;
    std::unique_ptr<core::PrivateFileWriter> m_manifest;
    QStringList m_placed; // files commit() has renamed into place
};

} // namespace trialdesk::reports
