#include "reports/ReportFiles.h"

#include "core/platform/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>

namespace trialdesk::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::ReportFiles)
};
} // namespace

core::Status ReportFiles::save(const QString &path, const QByteArray &bytes)
{
    return save(path, [&bytes](QIODevice &device) -> core::Status {
        if (device.write(bytes) != bytes.size())
            return core::makeError(core::ErrorCode::Storage,
                                   Tr::tr("The report could not be written (%1): check the disk space, then try again.")
                                       .arg(device.errorString()));
        return {};
    });
}

core::Status ReportFiles::save(const QString &path, const std::function<core::Status(QIODevice &)> &write)
{
    core::PrivateFileWriter file(path);
    if (core::Status opened = file.open(); !opened)
        return opened;
    if (core::Status written = write(file.device()); !written)
        return written; // the writer removes its temporary file: nothing appears
    return file.commit();
}

} // namespace trialdesk::reports
