#pragma once

#include "core/platform/PrivateFile.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>
#include <QString>

namespace trialdesk::reports {

// One output file of an export: a write-only device that buffers, counts and hashes (SHA-256) what
// goes through it, so the manifest needs no second reading of the file. QXmlStreamWriter and the CSV
// writers write into it directly. The bytes go to a PrivateFileWriter's temporary file (0600, never
// through a symbolic link); the file gets its name only at commit(), after the export is audited.
class ExportFile : public QIODevice
{
    Q_OBJECT

public:
    explicit ExportFile(const QString &path, QObject *parent = nullptr);
    ~ExportFile() override;

    // Creates the temporary file; false with errorString() on failure.
    bool openForWrite();
    // Writes the buffer out and closes the device (the hash is final); false when any write failed
    // (disk full ...). The file is still temporary.
    bool finish();
    // Flushes the temporary file to the disk and renames it to path().
    core::Status commit();
    // Removes the temporary file.
    void discard();

    QString path() const { return m_file.target(); }
    qint64 bytesWritten() const { return m_size; }
    QByteArray sha256Hex() const { return m_sha256; } // after finish()
    bool failed() const { return m_failed; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool flushBuffer();

    core::PrivateFileWriter m_file;
    QByteArray m_buffer;
    QCryptographicHash m_hash;
    QByteArray m_sha256;
    qint64 m_size = 0;
    bool m_failed = false;
};

} // namespace trialdesk::reports
