#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace trialdesk::reports {

// Writes a report file (PDF, PNG, SVG, CSV, JSON) through core's PrivateFileWriter: a private
// temporary file (0600, created exclusively, never through a symbolic link), renamed over the target
// once complete, so a reader never sees half of it and a link at the target is replaced, not followed.
// Every report writer goes through here.
class ReportFiles
{
public:
    static core::Status save(const QString &path, const QByteArray &bytes);
    // For writers that stream into a device (QPdfWriter ...); the file appears only when write succeeds.
    static core::Status save(const QString &path, const std::function<core::Status(QIODevice &)> &write);
};

} // namespace trialdesk::reports
