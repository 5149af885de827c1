#include "core/platform/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::PrivateFile)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#ifndef Q_OS_WIN
QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}
#endif

} // namespace

namespace platform {

Result<std::unique_ptr<QFile>> createExclusive(const QString &path, const QString &shownAs)
{
    const QString named = shownAs.isEmpty() ? path : shownAs;
#ifdef Q_OS_WIN
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not create %1: %2. Nothing was written; choose another name or folder.")
                             .arg(shown(named), file->errorString()));
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file;
#else
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int code = errno;
        if (code == EEXIST)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("Could not create %1: something with that name already exists (a file, a folder "
                                    "or a link). Nothing was written; choose another name.")
                                 .arg(shown(named)));
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not create %1: %2. Nothing was written; check the folder and try again.")
                             .arg(shown(named), systemError(code)));
    }
    // The umask may have taken bits away, never added any; make the mode exactly owner read-write.
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        ::unlink(native.constData());
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not create %1: %2. Nothing was written; check the folder and try again.")
                             .arg(shown(named), file->errorString()));
    }
    return file;
#endif
}

Status syncFile(QFile &file)
{
    if (!file.flush())
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write %1: %2. Check the disk space and try again.")
                             .arg(shown(file.fileName()), file.errorString()));
#ifdef Q_OS_WIN
    if (!FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()))))
        return makeError(
            ErrorCode::Storage,
            Tr::tr("Could not flush %1 to the disk. Check the disk and try again.").arg(shown(file.fileName())));
#else
    int rc = 0;
    do {
        rc = ::fsync(file.handle());
    } while (rc != 0 && errno == EINTR);
    if (rc != 0)
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not flush %1 to the disk: %2. Check the disk and try again.")
                             .arg(shown(file.fileName()), systemError(errno)));
#endif
    return {};
}

Status syncDirectory(const QString &directory)
{
#ifdef Q_OS_WIN
    Q_UNUSED(directory);
    return {}; // NTFS journals renames; Windows has no folder flush.
#else
    const QByteArray native = QFile::encodeName(directory.isEmpty() ? QStringLiteral(".") : directory);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not open the folder %1 to flush it: %2. Check the folder and try again.")
                             .arg(shown(directory), systemError(errno)));
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    const int code = errno;
    ::close(fd);
    // Some file systems (network shares among them) refuse fsync on a folder: the rename itself is
    // still atomic there, so only real I/O errors count.
    if (rc != 0 && code != EINVAL && code != ENOTSUP)
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not flush the folder %1 to the disk: %2. Check the disk and try again.")
                             .arg(shown(directory), systemError(code)));
    return {};
#endif
}

Status replace(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    if (!MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                     reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return makeError(
            ErrorCode::Storage,
            Tr::tr("Could not put %1 in place. Nothing was changed; check the folder and try again.").arg(shown(to)));
#else
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not put %1 in place: %2. Nothing was changed; check the folder and try again.")
                             .arg(shown(to), systemError(errno)));
#endif
    return {};
}

int permissionBits(const QString &path)
{
#ifdef Q_OS_WIN
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    int bits = 0;
    if (p & QFileDevice::ReadOwner)
        bits |= 0400;
    if (p & QFileDevice::WriteOwner)
        bits |= 0200;
    return bits;
#else
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#endif
}

} // namespace platform

PrivateFileWriter::PrivateFileWriter(QString target)
    : m_target(std::move(target))
{
}

PrivateFileWriter::~PrivateFileWriter()
{
    cancel();
}

Status PrivateFileWriter::open()
{
    cancel();
    const QFileInfo info(m_target);
    if (info.isDir() && !info.isSymLink())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is a folder: give the name of a file to write.").arg(shown(m_target)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Could not write %1: the folder %2 does not exist. Create it or choose another "
                                "folder.")
                             .arg(shown(m_target), shown(info.absolutePath())));
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString candidate = QStringLiteral("%1/.%2.%3.tmp")
                                      .arg(info.absolutePath(), info.fileName())
                                      .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        auto created = platform::createExclusive(candidate, m_target);
        if (created) {
            m_file = std::move(created.value());
            m_temporary = candidate;
            m_failed = false;
            return {};
        }
        if (created.error().code != ErrorCode::Conflict)
            return created.error();
    }
    return makeError(
        ErrorCode::Storage,
        Tr::tr("Could not create a temporary file beside %1. Check the folder and try again.").arg(shown(m_target)));
}

QIODevice &PrivateFileWriter::device()
{
    Q_ASSERT(m_file);
    return *m_file;
}

bool PrivateFileWriter::write(const QByteArray &bytes)
{
    if (!m_file || m_failed)
        return false;
    if (m_file->write(bytes) != bytes.size())
        m_failed = true;
    return !m_failed;
}

Status PrivateFileWriter::commit()
{
    if (!m_file)
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write %1: the file was not opened.").arg(shown(m_target)));
    if (m_failed) {
        const Error error = makeError(ErrorCode::Storage,
                                      Tr::tr("Could not write %1: %2. Nothing was written; check the disk space and "
                                             "try again.")
                                          .arg(shown(m_target), m_file->errorString()));
        cancel();
        return error;
    }
    if (Status synced = platform::syncFile(*m_file); !synced) {
        cancel();
        return synced;
    }
    m_file->close();
    if (Status moved = platform::replace(m_temporary, m_target); !moved) {
        cancel();
        return moved;
    }
    m_temporary.clear();
    m_file.reset();
    return platform::syncDirectory(QFileInfo(m_target).absolutePath());
}

void PrivateFileWriter::cancel()
{
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
    if (!m_temporary.isEmpty()) {
        QFile::remove(m_temporary);
        m_temporary.clear();
    }
}

QString PrivateFileWriter::errorString() const
{
    return m_file ? m_file->errorString() : QString();
}

} // namespace trialdesk::core
