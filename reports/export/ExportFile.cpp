#include "reports/export/ExportFile.h"

namespace trialdesk::reports {

namespace {
// Large enough that the file system sees few big writes, small enough to stay out of the way.
constexpr qsizetype kBufferSize = 1 << 20;
} // namespace

ExportFile::ExportFile(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_hash(QCryptographicHash::Sha256)
{
}

ExportFile::~ExportFile()
{
    discard(); // a file not committed leaves nothing behind
}

bool ExportFile::openForWrite()
{
    if (core::Status opened = m_file.open(); !opened) {
        setErrorString(opened.error().message);
        m_failed = true;
        return false;
    }
    m_buffer.reserve(kBufferSize);
    return QIODevice::open(QIODevice::WriteOnly);
}

bool ExportFile::finish()
{
    if (!isOpen())
        return !m_failed;
    flushBuffer();
    QIODevice::close();
    m_sha256 = m_hash.result().toHex();
    return !m_failed;
}

core::Status ExportFile::commit()
{
    if (isOpen() && !finish())
        return core::makeError(core::ErrorCode::Storage, errorString());
    return m_file.commit();
}

void ExportFile::discard()
{
    if (isOpen())
        QIODevice::close();
    m_file.cancel();
}

qint64 ExportFile::readData(char *, qint64)
{
    return -1;
}

qint64 ExportFile::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    m_buffer.append(data, size);
    m_size += size;
    if (m_buffer.size() >= kBufferSize && !flushBuffer())
        return -1;
    return size;
}

bool ExportFile::flushBuffer()
{
    if (m_buffer.isEmpty())
        return true;
    m_hash.addData(m_buffer);
    if (!m_file.write(m_buffer)) {
        setErrorString(m_file.errorString());
        m_failed = true;
    }
    m_buffer.resize(0); // keeps the capacity
    return !m_failed;
}

} // namespace trialdesk::reports
