// Export speed and memory on a 100,000-participant trial with about 10 million item values
// (BulkTrial + BulkForms): the baseline is the sqlcipher shell writing the export's own query
// (ExportEntryStream::sql) with `.mode csv` to a file, in the same run, on the same database; then
// our CSV export (tidy files + dictionary + long format + manifest with SHA-256), and the ODM and
// REDCap exports for reference. Prints rows, seconds, MB, MB/s, the ratio to the baseline (speed of
// the same rows), peak RSS before/after and the largest resident size sampled during each export,
// and the machine.
//
// bench_export [--participants N] [--values N] [--workspace DIR] [--formats csv,odm,redcap]
//   DIR is reused when it exists; --formats picks the exports to time (all three by default).

#include "bench/support/BenchTools.h"
#include "bench/support/BulkForms.h"
#include "bench/support/BulkTrial.h"
#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"
#include "reports/export/DataExporter.h"
#include "reports/export/ExportEntryStream.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sodium.h>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace trialdesk;

namespace {

QTextStream out(stdout);

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

long currentRssKb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

QString machine()
{
    const QString model = bench::cpuModel();
    const long pages = sysconf(_SC_PHYS_PAGES);
    const double ramGb = double(pages) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024 * 1024);
    return QStringLiteral("%1, %2 logical CPUs, %3 GiB RAM, %4, Qt %5")
        .arg(model)
        .arg(sysconf(_SC_NPROCESSORS_ONLN))
        .arg(ramGb, 0, 'f', 1)
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
}

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files))
        total += info.size();
    return total;
}

struct Row
{
    QString what;
    qint64 rows = 0;
    double seconds = 0;
    qint64 bytes = 0;
    long rssStartKb = 0;
    long rssMaxKb = 0;
};

void printRow(const Row &row, double baselineRowsPerSecond)
{
    const double mb = double(row.bytes) / 1e6;
    const double rowsPerSecond = row.seconds > 0 ? double(row.rows) / row.seconds : 0;
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
               .arg(row.what)
               .arg(row.rows)
               .arg(row.seconds, 0, 'f', 2)
               .arg(mb, 0, 'f', 1)
               .arg(row.seconds > 0 ? mb / row.seconds : 0, 0, 'f', 1)
               .arg(baselineRowsPerSecond > 0 ? rowsPerSecond / baselineRowsPerSecond : 1.0, 0, 'f', 2)
               .arg(row.rssMaxKb ? QStringLiteral("%1 -> %2 MB").arg(row.rssStartKb / 1024).arg(row.rssMaxKb / 1024)
                                 : QStringLiteral("(other process)"))
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 participants = 100'000;
    qint64 values = 10'000'000;
    QString workspace;
    QStringList formats { QStringLiteral("csv"), QStringLiteral("odm"), QStringLiteral("redcap") };
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--participants"))
            participants = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--values"))
            values = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--workspace"))
            workspace = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--formats"))
            formats = args.at(i + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    QTemporaryDir temporary;
    if (workspace.isEmpty())
        workspace = temporary.filePath(QStringLiteral("trial"));
    const bool reuse = QFileInfo::exists(QDir(workspace).filePath(QStringLiteral("workspace.json")));
    QElapsedTimer timer;
    if (!reuse) {
        timer.start();
        auto created = bench::BulkTrial::create(workspace, participants);
        if (!created) {
            out << "bulk trial: " << created.error().message << Qt::endl;
            return 1;
        }
        out << "Bulk trial: " << created->participants << " participants, " << created->visits << " visits in "
            << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    auto session = bench::BulkTrial::login(workspace, bench::BulkTrial::kAdmin, core::Clock::system());
    if (!session) {
        out << "login: " << session.error().message << Qt::endl;
        return 1;
    }
    QSqlDatabase &db = session.value()->database();
    auto existing = core::exec(db, QStringLiteral("SELECT COUNT(*) FROM item_values"));
    qint64 valueCount = existing && existing->next() ? existing->value(0).toLongLong() : 0;
    if (valueCount == 0) {
        timer.start();
        auto filled = bench::BulkForms::populate(db, values);
        if (!filled) {
            out << "bulk forms: " << filled.error().message << Qt::endl;
            return 1;
        }
        valueCount = filled->values;
        out << "Bulk forms: " << filled->entries << " entries, " << filled->values << " item values in "
            << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    auto entries = core::exec(db, QStringLiteral("SELECT COUNT(*) FROM form_entries"));
    const qint64 entryCount = entries && entries->next() ? entries->value(0).toLongLong() : 0;
    const QString databasePath = QDir(workspace).filePath(QStringLiteral("trial.db"));
    out << "Workspace " << workspace << ": " << entryCount << " form entries, " << valueCount << " item values, "
        << QFileInfo(databasePath).size() / 1'000'000 << " MB" << Qt::endl;

    // Baseline: the sqlcipher shell, key on stdin (never argv), the export's query to a CSV file.
    reports::ExportEntryStream::Options options;
    const QString sql = reports::ExportEntryStream::sql(options);
    const QString baselineFile = temporary.filePath(QStringLiteral("baseline.csv"));
    Row baseline { QStringLiteral("sqlcipher shell, .mode csv (baseline)") };
    {
        QByteArray hex(2 * core::SecretKey::kSize + 1, '\0');
        const core::SecretKey &key = session.value()->databaseKey();
        sodium_bin2hex(hex.data(), size_t(hex.size()), key.data(), size_t(key.size()));
        hex.chop(1);
        QByteArray script = "PRAGMA key = \"x'" + hex + "'\";\n.headers on\n.mode csv\n.output " + baselineFile.toUtf8()
            + "\n" + sql.toUtf8() + ";\n.quit\n";
        sodium_memzero(hex.data(), size_t(hex.size()));
        QProcess shell;
        timer.start();
        shell.start(QStringLiteral("sqlcipher"), { databasePath });
        if (!shell.waitForStarted()) {
            out << "sqlcipher shell: " << shell.errorString() << Qt::endl;
            return 1;
        }
        shell.write(script);
        sodium_memzero(script.data(), size_t(script.size()));
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
        baseline.seconds = timer.elapsed() / 1000.0;
        const QByteArray errors = shell.readAllStandardError();
        if (shell.exitCode() != 0 || !errors.isEmpty()) {
            out << "sqlcipher shell failed: " << errors << Qt::endl;
            return 1;
        }
        baseline.bytes = QFileInfo(baselineFile).size();
        QFile file(baselineFile);
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                const QByteArray chunk = file.read(1 << 20);
                baseline.rows += chunk.count('\n');
            }
        }
        baseline.rows -= 1; // header
        QFile::remove(baselineFile);
    }

    QList<Row> rows;
    for (reports::ExportFormat format :
         { reports::ExportFormat::Csv, reports::ExportFormat::Odm, reports::ExportFormat::Redcap }) {
        if (!formats.contains(reports::exportFormatCode(format)))
            continue;
        Row row { QStringLiteral("TrialDesk export %1").arg(reports::exportFormatCode(format)) };
        reports::ExportRequest request;
        request.format = format;
        request.outputPath = temporary.filePath(QStringLiteral("export-") + reports::exportFormatCode(format));
        row.rssStartKb = currentRssKb();
        row.rssMaxKb = row.rssStartKb;
        const long peakBefore = peakRssKb();
        qint64 calls = 0;
        timer.start();
        auto done = reports::DataExporter(*session.value()).run(request, [&](qint64, qint64) {
            if (++calls % 256 == 0)
                row.rssMaxKb = std::max(row.rssMaxKb, currentRssKb());
            return true;
        });
        row.seconds = timer.elapsed() / 1000.0;
        if (!done) {
            out << row.what << ": " << done.error().message << Qt::endl;
            return 1;
        }
        row.rssMaxKb = std::max(row.rssMaxKb, currentRssKb());
        // The result rows of the query: item values (entries without any value are one row each).
        row.rows = baseline.rows;
        row.bytes = folderBytes(request.outputPath);
        out << row.what << ": " << done->entries << " entries, " << done->itemValues << " values; peak RSS "
            << peakBefore / 1024 << " MB before, " << peakRssKb() / 1024 << " MB after" << Qt::endl;
        rows.append(row);
        QDir(request.outputPath).removeRecursively();
    }

    const double baselineRate = baseline.seconds > 0 ? double(baseline.rows) / baseline.seconds : 0;
    out << Qt::endl << "Machine: " << machine() << Qt::endl;
    out << "| what | query rows | seconds | MB written | MB/s | speed vs baseline | resident memory (start -> max) |"
        << Qt::endl
        << "|---|---|---|---|---|---|---|" << Qt::endl;
    printRow(baseline, baselineRate);
    for (const Row &row : std::as_const(rows))
        printRow(row, baselineRate);
    return 0;
}
