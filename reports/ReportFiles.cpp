#include "ReportFiles.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace trialdesk::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::ReportFiles)
};
} // namespace

core::Status ReportFiles::save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::makeError(core::ErrorCode::Storage,
                               Tr::tr("The report could not be written to %1 (%2): check that the folder exists and "
                                      "is writable, then try again.")
                                   .arg(path, file.errorString()));
    return {};
}

} // namespace trialdesk::reports
