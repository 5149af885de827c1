#include "core/protocol/Protocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::Protocol)
};

// Walks the JSON and stops at the first problem, naming the file and the field path.
class Reader
{
public:
    explicit Reader(QString source)
        : m_source(std::move(source))
    {
    }

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString &path, const QString &problem)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::InvalidInput,
                                Tr::tr("Invalid protocol %1, field \"%2\": %3").arg(m_source, path, problem));
    }

    QString text(const QJsonObject &object, const QString &key, const QString &path, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(path + QLatin1Char('.') + key, Tr::tr("a non-empty text is required"));
            return {};
        }
        return value.toString().trimmed();
    }

    QString code(const QJsonObject &object, const QString &path)
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,16}$"));
        const QString value = text(object, QStringLiteral("code"), path);
        if (!failed() && !pattern.match(value).hasMatch())
            fail(path + QStringLiteral(".code"),
                 Tr::tr("\"%1\" is not a valid code (1 to 16 letters, digits, '-' or '_')").arg(value));
        return value;
    }

    int integer(const QJsonObject &object, const QString &key, const QString &path, int minimum)
    {
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1e300);
        if (!value.isDouble() || number != static_cast<int>(number) || number < minimum) {
            fail(path + QLatin1Char('.') + key, Tr::tr("a whole number of at least %1 is required").arg(minimum));
            return minimum;
        }
        return static_cast<int>(number);
    }

    LocalizedText localized(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (!value.isObject()) {
            fail(path + QLatin1Char('.') + key, Tr::tr("an object with \"fr\" and \"en\" texts is required"));
            return {};
        }
        const QString inner = path + QLatin1Char('.') + key;
        return { text(value.toObject(), QStringLiteral("fr"), inner),
                 text(value.toObject(), QStringLiteral("en"), inner) };
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path, bool nonEmpty)
    {
        const QJsonValue value = object.value(key);
        if (!value.isArray() || (nonEmpty && value.toArray().isEmpty())) {
            fail(path + QLatin1Char('.') + key,
                 nonEmpty ? Tr::tr("a non-empty list is required") : Tr::tr("a list is required"));
            return {};
        }
        return value.toArray();
    }

    QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            fail(path, Tr::tr("an object is required"));
        return value.toObject();
    }

    void unique(QSet<QString> &seen, const QString &value, const QString &path)
    {
        if (seen.contains(value))
            fail(path, Tr::tr("\"%1\" appears twice").arg(value));
        seen.insert(value);
    }

private:
    QString m_source;
    std::optional<Error> m_error;
};

QList<EligibilityCriterion> criteria(Reader &reader, const QJsonObject &eligibility, const QString &key)
{
    QList<EligibilityCriterion> list;
    QSet<QString> seen;
    const QJsonArray items = reader.array(eligibility, key, QStringLiteral("eligibility"), false);
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("eligibility.%1[%2]").arg(key).arg(i);
        const QJsonObject item = reader.object(items.at(i), path);
        EligibilityCriterion criterion { reader.code(item, path),
                                         reader.localized(item, QStringLiteral("text"), path) };
        reader.unique(seen, criterion.code, path + QStringLiteral(".code"));
        list.append(criterion);
    }
    return list;
}

QStringList codeList(Reader &reader, const QJsonObject &object, const QString &key, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,16}$"));
    QStringList codes;
    if (!object.contains(key))
        return codes;
    const QJsonArray items = reader.array(object, key, path, false);
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        const QString itemPath = QStringLiteral("%1.%2[%3]").arg(path, key).arg(i);
        const QString code = items.at(i).toString();
        if (!pattern.match(code).hasMatch())
            reader.fail(itemPath, Tr::tr("\"%1\" is not a valid code (1 to 16 letters, digits, '-' or '_')").arg(code));
        else if (codes.contains(code))
            reader.fail(itemPath, Tr::tr("\"%1\" appears twice").arg(code));
        codes.append(code);
    }
    return codes;
}

VisitSchedule visitSchedule(Reader &reader, const QJsonObject &root, const QList<ProtocolArm> &arms)
{
    VisitSchedule schedule;
    // A protocol without a schedule is valid: the trial then has no planned visits.
    if (!root.contains(QStringLiteral("visit_schedule")))
        return schedule;
    const QString base = QStringLiteral("visit_schedule");
    const QJsonObject object = reader.object(root.value(base), base);
    if (reader.failed())
        return schedule;
    schedule.shiftOffNonWorkingDays = object.value(QStringLiteral("shift_off_non_working_days")).toBool(false);
    const QJsonArray holidays = object.contains(QStringLiteral("holidays"))
        ? reader.array(object, QStringLiteral("holidays"), base, false)
        : QJsonArray();
    for (qsizetype i = 0; i < holidays.size() && !reader.failed(); ++i) {
        const QDate date = QDate::fromString(holidays.at(i).toString(), Qt::ISODate);
        if (!date.isValid())
            reader.fail(QStringLiteral("%1.holidays[%2]").arg(base).arg(i), Tr::tr("a date YYYY-MM-DD is required"));
        schedule.holidays.append(date);
    }
    std::sort(schedule.holidays.begin(), schedule.holidays.end());
    schedule.unscheduledForms = codeList(reader, object, QStringLiteral("unscheduled_forms"), base);

    QSet<QString> seen;
    const QJsonArray visits = reader.array(object, QStringLiteral("visits"), base, false);
    for (qsizetype i = 0; i < visits.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("%1.visits[%2]").arg(base).arg(i);
        const QJsonObject item = reader.object(visits.at(i), path);
        ProtocolVisit visit;
        visit.code = reader.code(item, path);
        visit.name = reader.localized(item, QStringLiteral("name"), path);
        visit.anchor = reader.text(item, QStringLiteral("anchor"), path);
        if (!reader.failed() && visit.anchor != ProtocolVisit::kRandomizationAnchor && !seen.contains(visit.anchor))
            reader.fail(
                path + QStringLiteral(".anchor"),
                Tr::tr("must be \"randomization\" or the code of an earlier visit, not \"%1\"").arg(visit.anchor));
        visit.offsetDays = reader.integer(item, QStringLiteral("offset_days"), path, 0);
        visit.windowBefore = reader.integer(item, QStringLiteral("window_before"), path, 0);
        visit.windowAfter = reader.integer(item, QStringLiteral("window_after"), path, 0);
        visit.arms = codeList(reader, item, QStringLiteral("arms"), path);
        for (const QString &arm : std::as_const(visit.arms)) {
            const bool known = std::any_of(arms.cbegin(), arms.cend(),
                                           [&arm](const ProtocolArm &candidate) { return candidate.code == arm; });
            if (!known && !reader.failed())
                reader.fail(path + QStringLiteral(".arms"), Tr::tr("\"%1\" is not an arm of the protocol").arg(arm));
        }
        visit.forms = codeList(reader, item, QStringLiteral("forms"), path);
        visit.primaryOutcome = item.value(QStringLiteral("primary_outcome")).toBool(false);
        reader.unique(seen, visit.code, path + QStringLiteral(".code"));
        schedule.visits.append(visit);
    }
    return schedule;
}

} // namespace

const ProtocolVisit *VisitSchedule::visit(const QString &code) const
{
    for (const ProtocolVisit &candidate : visits)
        if (candidate.code == code)
            return &candidate;
    return nullptr;
}

Result<Protocol> Protocol::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Invalid protocol %1: not valid JSON at byte %2 (%3).")
                             .arg(sourceName)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!document.isObject())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Invalid protocol %1: the top level must be an object.").arg(sourceName));

    Reader reader(sourceName);
    const QJsonObject root = document.object();
    Protocol protocol;
    protocol.json = json;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("trialdesk-protocol"))
        reader.fail(QStringLiteral("format"), Tr::tr("must be \"trialdesk-protocol\""));
    if (!reader.failed() && reader.integer(root, QStringLiteral("format_version"), QString(), 1) > kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("Protocol %1 uses format version %2, newer than this program knows (%3).")
                             .arg(sourceName)
                             .arg(root.value(QStringLiteral("format_version")).toInt())
                             .arg(kFormatVersion));
    protocol.protocolVersion = reader.text(root, QStringLiteral("protocol_version"), QString());

    const QJsonObject trial = reader.object(root.value(QStringLiteral("trial")), QStringLiteral("trial"));
    if (!reader.failed()) {
        protocol.trialCode = reader.code(trial, QStringLiteral("trial"));
        protocol.trialName = reader.localized(trial, QStringLiteral("name"), QStringLiteral("trial"));
        protocol.targetParticipants
            = reader.integer(trial, QStringLiteral("target_participants"), QStringLiteral("trial"), 1);
    }
    if (!reader.failed() && trial.contains(QStringLiteral("recruitment"))) {
        const QString base = QStringLiteral("trial.recruitment");
        const QJsonObject period = reader.object(trial.value(QStringLiteral("recruitment")), base);
        RecruitmentPeriod recruitment;
        if (!reader.failed()) {
            recruitment.start = QDate::fromString(reader.text(period, QStringLiteral("start"), base), Qt::ISODate);
            if (!reader.failed() && !recruitment.start.isValid())
                reader.fail(base + QStringLiteral(".start"), Tr::tr("a date YYYY-MM-DD is required"));
        }
        if (!reader.failed()) {
            recruitment.months = reader.integer(period, QStringLiteral("months"), base, 1);
            if (!reader.failed() && recruitment.months > RecruitmentPeriod::kMaxMonths)
                reader.fail(base + QStringLiteral(".months"),
                            Tr::tr("%1 months is longer than the %2 a recruitment period may last")
                                .arg(recruitment.months)
                                .arg(RecruitmentPeriod::kMaxMonths));
        }
        protocol.recruitment = recruitment;
    }

    static const QRegularExpression siteCode(QStringLiteral("^[A-Z][A-Z0-9]{1,7}$"));
    QSet<QString> seen;
    const QJsonArray sites = reader.array(root, QStringLiteral("sites"), QString(), true);
    for (qsizetype i = 0; i < sites.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("sites[%1]").arg(i);
        const QJsonObject item = reader.object(sites.at(i), path);
        Site site;
        site.code = reader.text(item, QStringLiteral("code"), path);
        if (!reader.failed() && !siteCode.match(site.code).hasMatch())
            reader.fail(path + QStringLiteral(".code"),
                        Tr::tr("\"%1\" is not a site code (2 to 8 capital letters or digits, starting with a letter)")
                            .arg(site.code));
        const LocalizedText name = reader.localized(item, QStringLiteral("name"), path);
        site.nameFr = name.fr;
        site.nameEn = name.en;
        const QString zone = reader.text(item, QStringLiteral("time_zone"), path, false);
        if (!zone.isEmpty())
            site.timeZone = zone;
        reader.unique(seen, site.code, path + QStringLiteral(".code"));
        protocol.sites.append(site);
    }

    seen.clear();
    const QJsonArray arms = reader.array(root, QStringLiteral("arms"), QString(), true);
    for (qsizetype i = 0; i < arms.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("arms[%1]").arg(i);
        const QJsonObject item = reader.object(arms.at(i), path);
        ProtocolArm arm { reader.code(item, path), reader.integer(item, QStringLiteral("weight"), path, 1),
                          reader.localized(item, QStringLiteral("name"), path) };
        reader.unique(seen, arm.code, path + QStringLiteral(".code"));
        protocol.arms.append(arm);
    }
    if (!reader.failed() && protocol.arms.size() < 2)
        reader.fail(QStringLiteral("arms"), Tr::tr("a trial needs at least two arms"));

    seen.clear();
    const QJsonArray factors = reader.array(root, QStringLiteral("stratification"), QString(), false);
    bool siteFactorSeen = false;
    for (qsizetype i = 0; i < factors.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("stratification[%1]").arg(i);
        const QJsonObject item = reader.object(factors.at(i), path);
        ProtocolFactor factor;
        factor.code = reader.code(item, path);
        factor.name = reader.localized(item, QStringLiteral("name"), path);
        factor.isSite = item.value(QStringLiteral("site")).toBool(false);
        reader.unique(seen, factor.code, path + QStringLiteral(".code"));
        if (factor.isSite) {
            if (siteFactorSeen)
                reader.fail(path + QStringLiteral(".site"), Tr::tr("only one factor can be the site"));
            siteFactorSeen = true;
            for (const Site &site : protocol.sites)
                factor.levels.append({ site.code, { site.nameFr, site.nameEn } });
        } else {
            QSet<QString> levelCodes;
            const QJsonArray levels = reader.array(item, QStringLiteral("levels"), path, true);
            for (qsizetype j = 0; j < levels.size() && !reader.failed(); ++j) {
                const QString levelPath = path + QStringLiteral(".levels[%1]").arg(j);
                const QJsonObject level = reader.object(levels.at(j), levelPath);
                ProtocolLevel parsed { reader.code(level, levelPath),
                                       reader.localized(level, QStringLiteral("name"), levelPath) };
                reader.unique(levelCodes, parsed.code, levelPath + QStringLiteral(".code"));
                factor.levels.append(parsed);
            }
        }
        protocol.factors.append(factor);
    }

    const QJsonObject randomization
        = reader.object(root.value(QStringLiteral("randomization")), QStringLiteral("randomization"));
    if (!reader.failed()) {
        protocol.method = reader.text(randomization, QStringLiteral("method"), QStringLiteral("randomization"));
        if (!reader.failed() && protocol.method != QLatin1String("blocks")
            && protocol.method != QLatin1String("minimization"))
            reader.fail(QStringLiteral("randomization.method"), Tr::tr("must be \"blocks\" or \"minimization\""));
        const QJsonArray multiples
            = reader.array(randomization, QStringLiteral("block_multiples"), QStringLiteral("randomization"),
                           protocol.method == QLatin1String("blocks"));
        QSet<int> seenMultiples;
        for (qsizetype i = 0; i < multiples.size() && !reader.failed(); ++i) {
            const double value = multiples.at(i).toDouble(0);
            const QString path = QStringLiteral("randomization.block_multiples[%1]").arg(i);
            if (value < 1 || value > 100 || value != static_cast<int>(value))
                reader.fail(path, Tr::tr("a whole number from 1 to 100 is required"));
            else if (seenMultiples.contains(static_cast<int>(value)))
                reader.fail(path, Tr::tr("%1 appears twice").arg(static_cast<int>(value)));
            seenMultiples.insert(static_cast<int>(value));
            protocol.blockMultiples.append(static_cast<int>(value));
        }
    }

    const QJsonObject eligibility
        = reader.object(root.value(QStringLiteral("eligibility")), QStringLiteral("eligibility"));
    if (!reader.failed()) {
        protocol.inclusion = criteria(reader, eligibility, QStringLiteral("inclusion"));
        protocol.exclusion = criteria(reader, eligibility, QStringLiteral("exclusion"));
    }

    const QJsonArray consents = reader.array(root, QStringLiteral("consent_forms"), QString(), true);
    int currentCount = 0;
    seen.clear();
    for (qsizetype i = 0; i < consents.size() && !reader.failed(); ++i) {
        const QString path = QStringLiteral("consent_forms[%1]").arg(i);
        const QJsonObject item = reader.object(consents.at(i), path);
        ConsentFormVersion form { reader.text(item, QStringLiteral("version"), path),
                                  reader.text(item, QStringLiteral("approved"), path),
                                  item.value(QStringLiteral("current")).toBool(false),
                                  item.value(QStringLiteral("reconsent_required")).toBool(false) };
        if (!reader.failed() && !QDate::fromString(form.approvedOn, Qt::ISODate).isValid())
            reader.fail(path + QStringLiteral(".approved"), Tr::tr("a date YYYY-MM-DD is required"));
        reader.unique(seen, form.version, path + QStringLiteral(".version"));
        currentCount += form.current ? 1 : 0;
        protocol.consentForms.append(form);
    }
    if (!reader.failed() && currentCount != 1)
        reader.fail(QStringLiteral("consent_forms"), Tr::tr("exactly one consent form version must be current"));
    if (!reader.failed())
        protocol.schedule = visitSchedule(reader, root, protocol.arms);

    if (reader.failed())
        return reader.error();
    return protocol;
}

Result<Protocol> Protocol::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         Tr::tr("Cannot read the protocol file %1: %2.").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<Protocol> Protocol::bundledDefault()
{
    initCoreResources();
    return load(QStringLiteral(":/core/protocol-default.json"));
}

} // namespace trialdesk::core
