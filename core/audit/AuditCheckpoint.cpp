#include "core/audit/AuditCheckpoint.h"

#include "core/platform/PrivateFile.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::AuditCheckpoint)
};

// A checkpoint file grows by one short line per check; far below this even after years.
constexpr qint64 kMaximumFileBytes = 64 * 1024 * 1024;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isHexHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

QJsonObject AuditCheckpoint::toJson() const
{
    QJsonObject object { { QStringLiteral("entries"), entries },
                         { QStringLiteral("head"), QString::fromLatin1(head) } };
    if (at.isValid())
        object.insert(QStringLiteral("at"), Clock::format(at));
    if (!by.isEmpty())
        object.insert(QStringLiteral("by"), by);
    return object;
}

Result<AuditCheckpoint> AuditCheckpoint::fromJson(const QJsonObject &object)
{
    const QJsonValue entries = object.value(QStringLiteral("entries"));
    const double count = entries.toDouble(-1);
    const QString head = object.value(QStringLiteral("head")).toString();
    // Whole numbers only, within what a double holds exactly.
    if (!entries.isDouble() || count < 0 || count > 9007199254740992.0 || count != qint64(count) || !isHexHash(head)
        || (count == 0 && head != QString(64, QLatin1Char('0'))))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A checkpoint needs \"entries\" (a whole number) and \"head\" (64 lower-case "
                                "hexadecimal digits)."));
    AuditCheckpoint checkpoint;
    checkpoint.entries = qint64(count);
    checkpoint.head = head.toLatin1();
    checkpoint.at = Clock::parse(object.value(QStringLiteral("at")).toString());
    checkpoint.by = object.value(QStringLiteral("by")).toString();
    return checkpoint;
}

namespace {

struct Parsed
{
    bool manifest = false;
    QList<AuditCheckpoint> checkpoints;
};

Result<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The checkpoint file %1 does not exist. Give the file in which checkpoints were "
                                "saved (audit checkpoint --output), or an export or backup manifest.")
                             .arg(shown(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Cannot read the checkpoint file %1: %2.").arg(shown(path), file.errorString()));
    if (file.size() > kMaximumFileBytes)
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 is too large to be a checkpoint file.").arg(shown(path)));
    return file.readAll();
}

Result<Parsed> parse(const QByteArray &bytes, const QString &path)
{
    Parsed parsed;
    // A manifest or a report: one JSON document with an "audit_chain" object.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()
        && document.object().contains(QStringLiteral("audit_chain"))) {
        const QJsonObject manifest = document.object();
        auto checkpoint = AuditCheckpoint::fromJson(manifest.value(QStringLiteral("audit_chain")).toObject());
        if (!checkpoint)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The \"audit_chain\" of %1 is not a checkpoint: %2")
                                 .arg(shown(path), checkpoint.error().message));
        if (!checkpoint->at.isValid())
            checkpoint->at = Clock::parse(manifest.value(QStringLiteral("data_cut_utc")).toString());
        if (checkpoint->by.isEmpty())
            checkpoint->by = manifest.value(QStringLiteral("user")).toString();
        checkpoint->source = shown(path);
        parsed.manifest = true;
        parsed.checkpoints.append(checkpoint.value());
        return parsed;
    }

    // A checkpoint file: one JSON object per line.
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument lineDocument = QJsonDocument::fromJson(line);
        auto checkpoint = lineDocument.isObject()
            ? AuditCheckpoint::fromJson(lineDocument.object())
            : Result<AuditCheckpoint>(makeError(ErrorCode::InvalidInput, Tr::tr("it is not a JSON object.")));
        if (!checkpoint)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Line %1 of %2 is not a checkpoint: %3 Give a file written by audit checkpoint, "
                                    "or an export or backup manifest.")
                                 .arg(i + 1)
                                 .arg(shown(path), checkpoint.error().message));
        checkpoint->source = Tr::tr("%1, line %2").arg(shown(path)).arg(i + 1);
        parsed.checkpoints.append(checkpoint.value());
    }
    return parsed;
}

} // namespace

namespace AuditCheckpoints {

Result<QList<AuditCheckpoint>> read(const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    auto parsed = parse(bytes.value(), path);
    if (!parsed)
        return parsed.error();
    if (parsed->checkpoints.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 holds no checkpoint. Give a file written by audit checkpoint, or an export or "
                                "backup manifest.")
                             .arg(shown(path)));
    return parsed->checkpoints;
}

Status append(const QString &path, const AuditCheckpoint &checkpoint)
{
    QByteArray content;
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        auto bytes = readBytes(path);
        if (!bytes)
            return bytes.error();
        // Only ever add to a file of checkpoints: never turn a manifest or another file into one.
        auto parsed = parse(bytes.value(), path);
        if (!parsed || parsed->manifest)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 exists and is not a checkpoint file: nothing was written. Give a new file "
                                    "or one written by audit checkpoint.")
                                 .arg(shown(path)));
        content = bytes.value();
        if (!content.isEmpty() && !content.endsWith('\n'))
            content += '\n';
    }
    content += QJsonDocument(checkpoint.toJson()).toJson(QJsonDocument::Compact);
    content += '\n';
    PrivateFileWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened;
    writer.write(content); // a failed write is reported by commit(), which then removes the temporary file
    return writer.commit();
}

} // namespace AuditCheckpoints

} // namespace trialdesk::core
