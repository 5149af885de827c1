#pragma once

// Shared by the form data services (FormDefinitionService, FormEntryService, DataQueryService):
// permissions and blinding, definitions, visits, entry rows and query rows. Internal to core/data:
// no other code includes it.
#include "core/audit/AuditTrail.h"
#include "core/data/FormEntry.h"
#include "core/enrollment/ParticipantRecords.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "forms/BundledForms.h"
#include "forms/FormValue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace trialdesk::core::formdata {

struct FormDataTr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::FormDataService)
};

using forms::Answer;
using forms::Answers;
using forms::FormDefinition;
using forms::ItemProblem;

inline const QString kEntryEntity = QStringLiteral("form_entry");
inline const QString kQueryEntity = QStringLiteral("data_query");
inline const QString kDefinitionEntity = QStringLiteral("form_definition");
// Audit actions that change item values: history() reads these back.
inline const QStringList kValueActions = { QStringLiteral("form.save"), QStringLiteral("form.complete"),
                                           QStringLiteral("form.edit"), QStringLiteral("query.correct") };
// Unscheduled entries sort after every visit.
inline constexpr int kUnscheduledOrder = 1000000;

// ---- permissions and errors -------------------------------------------------------------------

bool canRead(const TrialSession &session);

Status requireRead(const TrialSession &session);

bool blinded(const TrialSession &session);

// Blinded roles get these same messages for intervention-only forms, entries and visits, so that a
// refusal never tells them that the thing exists.
Error noEntry(qint64 id);

Error noForm(const QString &code);

Error noVisit(const QString &studyId, const QString &visitCode);

Error noQuery(qint64 id);

Error notStarted(const QString &studyId, const QString &visitCode, const QString &formCode);

QString now(const TrialSession &session);

QDateTime parseTime(const QVariant &value);

// The audit trail's text for an answer: the canonical value, "missing:<code>", or absent.
std::optional<QString> auditText(const Answer &answer);

QString sha256Hex(const QByteArray &data);

int formOrder(const QString &formCode);

// ---- definitions -------------------------------------------------------------------------------

// Definitions read during one call: the stored versions (form_definitions) first, the bundled ones
// for versions the workspace does not have yet.
class Definitions
{
public:
    struct Known
    {
        FormDefinition definition;
        bool stored = false;
    };

    explicit Definitions(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<const Known *> at(const QString &code, int version)
    {
        const auto key = std::make_pair(code, version);
        if (auto found = m_cache.find(key); found != m_cache.end())
            return &found->second;
        auto query
            = exec(m_db, QStringLiteral("SELECT definition FROM form_definitions WHERE code = ? AND version = ?"),
                   { code, version });
        if (!query)
            return query.error();
        if (query->next()) {
            auto parsed
                = FormDefinition::parse(query->value(0).toString().toUtf8(),
                                        FormDataTr::tr("form %1 version %2 in the workspace").arg(code).arg(version));
            if (!parsed)
                return makeError(
                    ErrorCode::Corrupt,
                    FormDataTr::tr("The stored definition of form %1 version %2 cannot be read: %3 Restore the "
                                   "workspace from a backup.")
                        .arg(code)
                        .arg(version)
                        .arg(parsed.error()));
            return &m_cache.emplace(key, Known { std::move(parsed.value()), true }).first->second;
        }
        const FormDefinition *bundled = forms::BundledForms::find(code);
        if (!bundled)
            return noForm(code);
        if (bundled->version != version)
            return makeError(
                ErrorCode::NotFound,
                FormDataTr::tr("There is no version %2 of form %1 in this workspace.").arg(code).arg(version));
        return &m_cache.emplace(key, Known { *bundled, false }).first->second;
    }

    // The newest version known: stored or bundled.
    Result<const Known *> latest(const QString &code)
    {
        auto query = exec(m_db, QStringLiteral("SELECT MAX(version) FROM form_definitions WHERE code = ?"), { code });
        if (!query)
            return query.error();
        int version = 0;
        if (query->next() && !query->value(0).isNull())
            version = query->value(0).toInt();
        if (const FormDefinition *bundled = forms::BundledForms::find(code))
            version = std::max(version, bundled->version);
        if (version == 0)
            return noForm(code);
        return at(code, version);
    }

private:
    QSqlDatabase &m_db;
    std::map<std::pair<QString, int>, Known> m_cache;
};

// Stores a definition (inside the caller's transaction), audited.
Status storeDefinition(TrialSession &session, const FormDefinition &definition);

// The definition a new entry uses (the newest), installed in the workspace if it is not yet.
Result<const FormDefinition *> definitionForNewEntry(TrialSession &session, Definitions &definitions,
                                                     const QString &code);

// ---- protocol and visits -----------------------------------------------------------------------

class Protocols
{
public:
    explicit Protocols(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<const Protocol *> version(int version)
    {
        if (auto found = m_cache.find(version); found != m_cache.end())
            return &found->second;
        auto query
            = exec(m_db, QStringLiteral("SELECT definition FROM protocol_versions WHERE version = ?"), { version });
        if (!query)
            return query.error();
        if (!query->next())
            return makeError(
                ErrorCode::Corrupt,
                FormDataTr::tr("Protocol version %1 is missing from the workspace. Restore it from a backup.")
                    .arg(version));
        auto parsed = Protocol::parse(query->value(0).toString().toUtf8(),
                                      FormDataTr::tr("protocol version %1 in the database").arg(version));
        if (!parsed)
            return parsed.error();
        return &m_cache.emplace(version, std::move(parsed.value())).first->second;
    }

    Result<const Protocol *> current()
    {
        auto query = exec(m_db, QStringLiteral("SELECT MAX(version) FROM protocol_versions"));
        if (!query)
            return query.error();
        if (!query->next() || query->value(0).isNull())
            return makeError(
                ErrorCode::Corrupt,
                FormDataTr::tr("The trial has no protocol: the database is incomplete. Restore it from a backup."));
        return version(query->value(0).toInt());
    }

private:
    QSqlDatabase &m_db;
    std::map<int, Protocol> m_cache;
};

struct VisitInfo
{
    qint64 id = 0;
    QString code;
    int order = 0;
    int protocolVersion = 0;
    bool armSpecific = false;
    VisitStatus status = VisitStatus::Planned;
    QDate targetDate;
    QDate actualDate;
};

// The participant's visits, without the arm-specific ones for blinded roles.
Result<QList<VisitInfo>> visitsOf(QSqlDatabase &db, qint64 participantId, bool hideArmSpecific);

// The visit's definition in the protocol version that planned it (the current one if that
// version no longer has it).
Result<const ProtocolVisit *> protocolVisit(Protocols &protocols, const VisitInfo &visit);

// ---- entries -----------------------------------------------------------------------------------

inline const QString kEntrySelect = QStringLiteral(
    "SELECT e.id, e.participant_id, p.study_id, e.site_code, e.visit_id, v.visit_code, v.visit_order, e.form_code, "
    "e.form_version, e.instance, e.state, e.arm_specific, e.created_at, e.created_by, e.updated_at, e.updated_by, "
    "e.completed_at, e.completed_by, e.verified_at, e.verified_by, e.locked_at, e.locked_by, p.status "
    "FROM form_entries e JOIN participants p ON p.id = e.participant_id LEFT JOIN visits v ON v.id = e.visit_id ");

struct EntryRecord
{
    FormEntry entry;
    qint64 participantId = 0;
    QString participantStatus;
};

Result<EntryRecord> readEntry(const QSqlQuery &query);

Answer readAnswer(const QSqlQuery &query, int valueColumn);

Result<Answers> valuesOf(QSqlDatabase &db, qint64 entryId);

Result<int> openQueryCount(QSqlDatabase &db, qint64 entryId);

// The id of the entry at a slot (visitId 0 = unscheduled), if any: next() tells.
Result<QSqlQuery> findEntryId(QSqlDatabase &db, qint64 participantId, qint64 visitId, const QString &formCode,
                              int instance);

// One entry with its values, as the session's user may see it: blinded roles get "not found" for
// arm-specific entries; another site's entry is refused as another site's participant is.
Result<EntryRecord> loadEntry(TrialSession &session, qint64 entryId);

// The opening of a change to one entry: Write::begin(session, actions), then loadEntry() in the
// write. `auto &[write, record] = *opened;`
Result<WriteOn<EntryRecord>> beginEntryWrite(TrialSession &session, std::initializer_list<Action> actions,
                                             qint64 entryId);

// Every entry of a participant the user may see, with values and open query counts, sorted.
Result<QList<FormEntry>> participantEntries(TrialSession &session, qint64 participantId);

// Data may be entered from randomization on, and never for a participant randomized in error or
// one who withdrew consent to the use of their data.
Status checkParticipantAcceptsData(const QString &studyId, const QString &statusCode);

// Canonical values, computed scores, then the definition's validation. Refuses with every problem
// (also given in `problems`).
Result<Answers> prepareAnswers(const FormDefinition &definition, const Answers &input, bool complete,
                               QList<ItemProblem> *problems);

// Writes the differences between `before` and `after` (inside the caller's transaction), one audit
// record per changed item. Returns the number of items changed.
Result<int> writeValues(TrialSession &session, qint64 entryId, const Answers &before, const Answers &after,
                        const QString &action, const std::optional<QString> &reason);

Status auditState(TrialSession &session, const QString &action, qint64 entryId, std::optional<FormEntryState> from,
                  FormEntryState to, const std::optional<QString> &reason);

Error lockedError(const FormEntry &entry);

// Changes the values of a loaded entry (inside the caller's transaction): validated with the
// entry's version, audited with the reason; a verified entry goes back to complete.
Status applyEdit(TrialSession &session, Definitions &definitions, const EntryRecord &record, const Answers &answers,
                 const QString &reason, const QString &action, QList<ItemProblem> *problems);

Result<qint64> saveEntry(TrialSession &session, const FormSlot &slot, const Answers &answers, bool complete,
                         QList<ItemProblem> *problems);

// ---- queries -----------------------------------------------------------------------------------

inline const QString kQuerySelect = QStringLiteral(
    "SELECT q.id, q.entry_id, p.study_id, q.site_code, v.visit_code, e.form_code, q.item_code, q.status, q.question, "
    "q.raised_by, q.raised_at, q.answer, q.answered_by, q.answered_at, q.closed_by, q.closed_at, q.close_note, "
    "e.instance, (SELECT COUNT(*) FROM data_queries n WHERE n.entry_id = q.entry_id AND n.id <= q.id) "
    "FROM data_queries q JOIN form_entries e ON e.id = q.entry_id JOIN participants p ON p.id = e.participant_id "
    "LEFT JOIN visits v ON v.id = e.visit_id ");

Result<DataQuery> readQuery(const QSqlQuery &query);

Result<QList<DataQuery>> readQueries(Result<QSqlQuery> &query);

// A query as the user may see it: blinded roles get "not found" for queries on arm-specific
// entries; another site's query is refused.
Result<DataQuery> loadQuery(TrialSession &session, qint64 queryId);

// The opening of a change to one data query: Write::begin(session, actions), then loadQuery() in
// the write. `auto &[write, query] = *opened;`
Result<WriteOn<DataQuery>> beginQueryWrite(TrialSession &session, std::initializer_list<Action> actions,
                                           qint64 queryId);

Status requireQueryRead(const TrialSession &session);

Status setQueryAnswered(TrialSession &session, const DataQuery &query, const QString &answer);

Error queryClosedError(const DataQuery &query);

} // namespace trialdesk::core::formdata
