#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace trialdesk::reports {

// Writes a report file whole (temporary file, then rename), so a reader never sees half of it.
class ReportFiles
{
public:
    static core::Status save(const QString &path, const QByteArray &bytes);
};

} // namespace trialdesk::reports
