#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace trialdesk::core {

// The one seam between TrialDesk and the operating system's file calls that Qt does not offer
// portably: exclusive owner-only creation that never follows a symbolic link, an atomic rename over
// an existing file, and flushing a folder so that a rename survives a power loss. Every file that
// leaves the database (exports, reports, lists, calendars, key slots, state files) is written
// through PrivateFileWriter. POSIX calls live in PrivateFile.cpp only; other systems get the
// closest equivalent there.
namespace platform {

// Creates path for writing with O_CREAT | O_EXCL | O_NOFOLLOW and mode 0600: refused when anything
// (a file, a folder, a symbolic link, even a dangling one) already has that name. Error messages
// name shownAs when given (the file the user asked for, when path is a temporary file beside it).
Result<std::unique_ptr<QFile>> createExclusive(const QString &path, const QString &shownAs = {});

// Flushes the file's data to the disk (fsync).
Status syncFile(QFile &file);

// Flushes a folder's entries (fsync of the folder), so that a rename or a removal in it is durable.
// A no-op where the system has no such call.
Status syncDirectory(const QString &directory);

// Renames from over to in one step: to is either the old file or the new one, never missing. When
// to is a symbolic link, the link itself is replaced, never its target.
Status replace(const QString &from, const QString &to);

// The current process's permission bits of path (0600 ...), for tests and checks; -1 when unknown.
int permissionBits(const QString &path);

} // namespace platform

// Writes a file the way every TrialDesk output is written: into a new temporary file next to the
// target (created exclusively, 0600, never through a symbolic link), then commit() flushes it,
// renames it over the target and flushes the folder. Until commit() the target is untouched; a
// writer destroyed without commit() removes its temporary file. The target may exist (it is
// replaced, never written through) but may not be a folder.
class PrivateFileWriter
{
public:
    explicit PrivateFileWriter(QString target);
    ~PrivateFileWriter();
    PrivateFileWriter(const PrivateFileWriter &) = delete;
    PrivateFileWriter &operator=(const PrivateFileWriter &) = delete;

    // Creates the temporary file; a translated error names the target and what to do.
    Status open();
    // The device to write to (valid after open()).
    QIODevice &device();
    bool write(const QByteArray &bytes);
    // Flush, rename over the target, flush the folder. The file is complete and in place when ok.
    Status commit();
    // Removes the temporary file; the target is untouched.
    void cancel();

    QString target() const { return m_target; }
    QString errorString() const;

private:
    QString m_target;
    QString m_temporary;
    std::unique_ptr<QFile> m_file;
    bool m_failed = false;
};

} // namespace trialdesk::core
