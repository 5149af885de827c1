#include "core/reporting/ExportEntryStream.h"

#include "core/reporting/DataCut.h"
#include "core/sql/RowStream.h"
#include "core/sql/SqlUtil.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace trialdesk::core::reporting {

namespace {
// The refusals are the exporter's (same wording and translation context).
struct ExportTr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::DataExporter)
};
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::ExportEntryStream)
};

// The columns of the entry query (ExportEntryStream::entriesSql), then the identity columns.
enum EntryColumn {
    ParticipantId,
    StudyId,
    SiteCode,
    Arm,
    EntryId,
    VisitCode,
    VisitDate,
    FormCode,
    FormVersion,
    Instance,
    State,
    FirstIdentity,
};
constexpr int kIdentityColumns = 7;

// The columns of the value query (ExportEntryStream::valuesSql).
enum ValueColumn {
    ValueEntryId,
    ItemCode,
    Value,
    MissingCode,
};

// The export's order: the UNIQUE (participant_id, visit_id, form_code, instance) index gives it
// without a sort; e.id keeps an entry's rows together even where visit_id is NULL (unscheduled forms).
constexpr QLatin1String kOrder(" ORDER BY e.participant_id, e.visit_id, e.form_code, e.instance, e.id");
} // namespace

struct ExportEntryStream::Queries
{
    explicit Queries(QSqlDatabase &db)
        : db(db)
    {
    }
    ~Queries() { close(); }
    void close()
    {
        entries.reset();
        values.reset();
        if (snapshot)
            RowStream::endSnapshot(db);
        snapshot = false;
    }
    QSqlDatabase &db;
    bool snapshot = false; // a server's read-only transaction is open for the two streams
    std::optional<RowStream> entries;
    std::optional<RowStream> values;
};

ExportEntryStream::ExportEntryStream(const DataCut &cut, Options options)
    : m_cut(cut)
    , m_options(options)
    , m_queries(std::make_unique<Queries>(cut.session().database()))
{
}

ExportEntryStream::~ExportEntryStream() = default;

QStringList ExportEntryStream::identityColumns()
{
    return { QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("date_of_birth"),
             QStringLiteral("ramq"),      QStringLiteral("phone"),      QStringLiteral("email"),
             QStringLiteral("language") };
}

QStringList ExportEntryStream::identityExportNames()
{
    QStringList names;
    for (const QString &column : identityColumns())
        names.append(QStringLiteral("id_") + column);
    return names;
}

QString ExportEntryStream::sql(Options options)
{
    QString sql = QStringLiteral("SELECT e.participant_id, p.study_id, p.site_code, %1, e.id, v.visit_code, "
                                 "v.actual_date, e.form_code, e.form_version, e.instance, e.state, iv.item_code, "
                                 "iv.value, iv.missing_code")
                      .arg(options.withArm ? QStringLiteral("r.arm") : QStringLiteral("NULL"));
    if (options.identifying)
        for (const QString &column : identityColumns())
            sql += QStringLiteral(", pi.") + column;
    sql += QStringLiteral(" FROM form_entries e JOIN participants p ON p.id = e.participant_id");
    if (options.withArm)
        sql += QStringLiteral(" LEFT JOIN randomizations r ON r.participant_id = e.participant_id");
    sql += QStringLiteral(" LEFT JOIN visits v ON v.id = e.visit_id LEFT JOIN item_values iv ON iv.entry_id = e.id");
    if (options.identifying)
        sql += QStringLiteral(" LEFT JOIN participant_identities pi ON pi.participant_id = e.participant_id");
    if (!options.withArm)
        sql += QStringLiteral(" WHERE e.arm_specific = 0");
    sql += kOrder;
    return sql;
}

QString ExportEntryStream::entriesSql(Options options)
{
    QString sql = QStringLiteral("SELECT e.participant_id, p.study_id, p.site_code, %1, e.id, v.visit_code, "
                                 "v.actual_date, e.form_code, e.form_version, e.instance, e.state")
                      .arg(options.withArm ? QStringLiteral("r.arm") : QStringLiteral("NULL"));
    if (options.identifying)
        for (const QString &column : identityColumns())
            sql += QStringLiteral(", pi.") + column;
    // CROSS JOIN + WHERE is an inner join everywhere, but makes SQLite loop over form_entries first,
    // in the order of its UNIQUE index: with a plain JOIN and fewer rows than sql() returns, SQLite
    // scanned participants first and sorted every entry in a temporary B-tree, whose memory grows
    // with the trial.
    sql += QStringLiteral(" FROM form_entries e CROSS JOIN participants p");
    if (options.withArm)
        sql += QStringLiteral(" LEFT JOIN randomizations r ON r.participant_id = e.participant_id");
    sql += QStringLiteral(" LEFT JOIN visits v ON v.id = e.visit_id");
    if (options.identifying)
        sql += QStringLiteral(" LEFT JOIN participant_identities pi ON pi.participant_id = e.participant_id");
    sql += QStringLiteral(" WHERE p.id = e.participant_id");
    if (!options.withArm)
        sql += QStringLiteral(" AND e.arm_specific = 0");
    sql += kOrder;
    return sql;
}

QString ExportEntryStream::valuesSql(Options options)
{
    // The entries in the entry query's order (same table, same filter, same ORDER BY; CROSS JOIN for
    // the same loop order, so no sort), each entry's values by item code: the primary key
    // (entry_id, item_code) gives that order.
    QString sql = QStringLiteral("SELECT iv.entry_id, iv.item_code, iv.value, iv.missing_code FROM form_entries e "
                                 "CROSS JOIN item_values iv WHERE iv.entry_id = e.id");
    if (!options.withArm)
        sql += QStringLiteral(" AND e.arm_specific = 0");
    sql += kOrder;
    sql += QStringLiteral(", iv.item_code");
    return sql;
}

Result<qint64> ExportEntryStream::countEntries(const DataCut &cut, Options options)
{
    if (Status allowed = cut.requirePurpose({ CutPurpose::Export }, QStringLiteral("ExportEntryStream")); !allowed)
        return allowed.error();
    auto query = exec(cut.session().database(),
                      options.withArm ? QStringLiteral("SELECT COUNT(*) FROM form_entries")
                                      : QStringLiteral("SELECT COUNT(*) FROM form_entries WHERE arm_specific = 0"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Status ExportEntryStream::start()
{
    if (Status allowed = m_cut.requirePurpose({ CutPurpose::Export }, QStringLiteral("ExportEntryStream")); !allowed)
        return m_status = allowed;
    TrialSession &session = m_cut.session();
    if (m_options.identifying && !session.can(Action::DataExportIdentifying))
        return m_status = makeError(ErrorCode::PermissionDenied,
                                    ExportTr::tr("Your role (%1) may not export identifying data. Export without "
                                                 "identities, or ask the administrator.")
                                        .arg(roleDisplayName(session.role())));
    if (m_options.withArm && !session.can(Action::ArmView))
        return m_status = makeError(ErrorCode::PermissionDenied,
                                    ExportTr::tr("Your role (%1) may not export trial data. Ask a statistician or the "
                                                 "administrator.")
                                        .arg(roleDisplayName(session.role())));
    Queries &queries = *m_queries;
    queries.close();
    const QString failed = Tr::tr("Could not read the form data to export.");
    const QString partWay = Tr::tr("Reading the form data to export failed part way.");
    if (Status begun = RowStream::beginSnapshot(queries.db, failed); !begun)
        return m_status = begun;
    queries.snapshot = true;
    queries.entries.emplace(queries.db, QStringLiteral("export_entries"));
    if (Status opened = queries.entries->open(entriesSql(m_options), failed, partWay); !opened) {
        queries.close();
        return m_status = opened;
    }
    queries.values.emplace(queries.db, QStringLiteral("export_values"));
    if (Status opened = queries.values->open(valuesSql(m_options), failed, partWay); !opened) {
        queries.close();
        return m_status = opened;
    }
    m_valuePending = queries.values->next();
    if (!queries.values->status()) {
        m_status = queries.values->status();
        queries.close();
        return m_status;
    }
    return {};
}

bool ExportEntryStream::next(ExportEntry &entry)
{
    Queries &queries = *m_queries;
    if (m_done || !m_status.ok() || !queries.entries)
        return false;
    RowStream &q = *queries.entries;
    if (!q.next()) {
        m_done = true;
        if (!q.status())
            m_status = q.status();
        else if (m_valuePending) // both queries list the same entries: a value left over means they disagree
            m_status = makeError(ErrorCode::Corrupt,
                                 Tr::tr("The form data changed while it was being exported. Export again."));
        queries.close();
        return false;
    }
    entry.participantId = q.value(ParticipantId).toLongLong();
    entry.studyId = q.value(StudyId).toString();
    entry.siteCode = q.value(SiteCode).toString();
    entry.arm = q.value(Arm).toString();
    entry.entryId = q.value(EntryId).toLongLong();
    entry.visitCode = q.value(VisitCode).toString();
    entry.visitDate = q.value(VisitDate).toString();
    entry.formCode = q.value(FormCode).toString();
    entry.formVersion = q.value(FormVersion).toInt();
    entry.instance = q.value(Instance).toInt();
    entry.state = q.value(State).toString();
    entry.identity.clear();
    if (m_options.identifying)
        for (int i = 0; i < kIdentityColumns; ++i)
            entry.identity.append(q.value(FirstIdentity + i).toString());

    // The value query is on this entry's first value, or on a later entry's when it has none.
    entry.values.clear();
    RowStream &values = *queries.values;
    while (m_valuePending && values.value(ValueEntryId).toLongLong() == entry.entryId) {
        entry.values.append(ExportValue { values.value(ItemCode).toString(), values.value(Value).toString(),
                                          values.value(MissingCode).toString() });
        ++m_valueCount;
        m_valuePending = values.next();
    }
    if (!values.status()) {
        m_status = values.status();
        queries.close();
        return false;
    }
    return true;
}

} // namespace trialdesk::core::reporting
