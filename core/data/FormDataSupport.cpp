#include "core/data/FormDataSupport.h"

namespace trialdesk::core::formdata {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::FormDataService)
};
} // namespace

bool canRead(const TrialSession &session)
{
    return session.can(Action::FormEnter) || session.can(Action::FormVerify) || session.can(Action::FormLock)
        || session.can(Action::DataExport);
}

Status requireRead(const TrialSession &session)
{
    if (canRead(session))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     Tr::tr("Your role (%1) may not read form data. Ask the administrator if you need access.")
                         .arg(roleDisplayName(session.role())));
}

bool blinded(const TrialSession &session)
{
    return !session.can(Action::ArmView);
}

Error noEntry(qint64 id)
{
    return makeError(ErrorCode::NotFound, Tr::tr("There is no form entry %1. Check the entry number.").arg(id));
}

Error noForm(const QString &code)
{
    return makeError(ErrorCode::NotFound, Tr::tr("There is no form %1. Check the form code (e.g. PHQ9).").arg(code));
}

Error noVisit(const QString &studyId, const QString &visitCode)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("Participant %1 has no visit %2. Check the visit code (e.g. M3).").arg(studyId, visitCode));
}

Error noQuery(qint64 id)
{
    return makeError(ErrorCode::NotFound, Tr::tr("There is no data query %1. Check the query number.").arg(id));
}

Error notStarted(const QString &studyId, const QString &visitCode, const QString &formCode)
{
    if (visitCode.isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("Form %1 of participant %2 is not started.").arg(formCode, studyId));
    return makeError(ErrorCode::NotFound,
                     Tr::tr("Form %1 of participant %2 at visit %3 is not started.").arg(formCode, studyId, visitCode));
}

QString now(const TrialSession &session)
{
    return Clock::format(session.clock().nowUtc());
}

QDateTime parseTime(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QDateTime() : Clock::parse(value.toString());
}

std::optional<QString> auditText(const Answer &answer)
{
    if (answer.hasValue())
        return answer.value;
    if (!answer.missingCode.isEmpty())
        return QStringLiteral("missing:") + answer.missingCode;
    return std::nullopt;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

int formOrder(const QString &formCode)
{
    const qsizetype index = forms::BundledForms::codes().indexOf(formCode);
    return index < 0 ? 1000 : int(index);
}

Status storeDefinition(TrialSession &session, const FormDefinition &definition)
{
    const QString hash = sha256Hex(definition.json);
    auto inserted
        = exec(session.database(),
               QStringLiteral("INSERT INTO form_definitions (code, version, definition, sha256, installed_at, "
                              "installed_by) VALUES (?, ?, ?, ?, ?, ?)"),
               { definition.code, definition.version, QString::fromUtf8(definition.json), hash, now(session),
                 session.user().username });
    if (!inserted)
        return inserted.error();
    return session.audit({ QStringLiteral("form.definition.install"), kDefinitionEntity,
                           QStringLiteral("%1 v%2").arg(definition.code).arg(definition.version),
                           QStringLiteral("sha256"), std::nullopt, hash, std::nullopt });
}

Result<const FormDefinition *> definitionForNewEntry(TrialSession &session, Definitions &definitions,
                                                     const QString &code)
{
    auto latest = definitions.latest(code);
    if (!latest)
        return latest.error();
    Definitions::Known *known = const_cast<Definitions::Known *>(latest.value());
    if (!known->stored) {
        if (Status stored = storeDefinition(session, known->definition); !stored)
            return stored.error();
        known->stored = true;
    }
    return &known->definition;
}

Result<QList<VisitInfo>> visitsOf(QSqlDatabase &db, qint64 participantId, bool hideArmSpecific)
{
    auto query = exec(db,
                      QStringLiteral("SELECT id, visit_code, visit_order, protocol_version, arm_specific, status, "
                                     "target_date, actual_date FROM visits WHERE participant_id = ? "
                                     "ORDER BY visit_order, id"),
                      { participantId });
    if (!query)
        return query.error();
    QList<VisitInfo> visits;
    while (query->next()) {
        VisitInfo visit;
        visit.armSpecific = query->value(4).toInt() != 0;
        if (visit.armSpecific && hideArmSpecific)
            continue;
        visit.id = query->value(0).toLongLong();
        visit.code = query->value(1).toString();
        visit.order = query->value(2).toInt();
        visit.protocolVersion = query->value(3).toInt();
        visit.status = visitStatusFromCode(query->value(5).toString()).value_or(VisitStatus::Planned);
        visit.targetDate = QDate::fromString(query->value(6).toString(), Qt::ISODate);
        visit.actualDate = QDate::fromString(query->value(7).toString(), Qt::ISODate);
        visits.append(visit);
    }
    return visits;
}

Result<const ProtocolVisit *> protocolVisit(Protocols &protocols, const VisitInfo &visit)
{
    auto planned = protocols.version(visit.protocolVersion);
    if (!planned)
        return planned.error();
    if (const ProtocolVisit *found = planned.value()->schedule.visit(visit.code))
        return found;
    auto current = protocols.current();
    if (!current)
        return current.error();
    return current.value()->schedule.visit(visit.code);
}

Result<EntryRecord> readEntry(const QSqlQuery &query)
{
    EntryRecord record;
    FormEntry &entry = record.entry;
    entry.id = query.value(0).toLongLong();
    record.participantId = query.value(1).toLongLong();
    entry.studyId = query.value(2).toString();
    entry.siteCode = query.value(3).toString();
    entry.visitId = query.value(4).isNull() ? 0 : query.value(4).toLongLong();
    entry.visitCode = query.value(5).toString();
    entry.visitOrder = entry.visitId == 0 ? kUnscheduledOrder : query.value(6).toInt();
    entry.formCode = query.value(7).toString();
    entry.formVersion = query.value(8).toInt();
    entry.instance = query.value(9).toInt();
    const auto state = formEntryStateFromCode(query.value(10).toString());
    if (!state || *state == FormEntryState::NotStarted)
        return makeError(
            ErrorCode::Corrupt,
            Tr::tr("Form entry %1 has an unknown state \"%2\".").arg(entry.id).arg(query.value(10).toString()));
    entry.state = *state;
    entry.armSpecific = query.value(11).toInt() != 0;
    entry.createdAt = parseTime(query.value(12));
    entry.createdBy = query.value(13).toString();
    entry.updatedAt = parseTime(query.value(14));
    entry.updatedBy = query.value(15).toString();
    entry.completedAt = parseTime(query.value(16));
    entry.completedBy = query.value(17).toString();
    entry.verifiedAt = parseTime(query.value(18));
    entry.verifiedBy = query.value(19).toString();
    entry.lockedAt = parseTime(query.value(20));
    entry.lockedBy = query.value(21).toString();
    record.participantStatus = query.value(22).toString();
    return record;
}

Answer readAnswer(const QSqlQuery &query, int valueColumn)
{
    Answer answer;
    answer.value = query.value(valueColumn).isNull() ? QString() : query.value(valueColumn).toString();
    answer.missingCode = query.value(valueColumn + 1).isNull() ? QString() : query.value(valueColumn + 1).toString();
    return answer;
}

Result<Answers> valuesOf(QSqlDatabase &db, qint64 entryId)
{
    auto query = exec(db, QStringLiteral("SELECT item_code, value, missing_code FROM item_values WHERE entry_id = ?"),
                      { entryId });
    if (!query)
        return query.error();
    Answers answers;
    while (query->next())
        answers.insert(query->value(0).toString(), readAnswer(query.value(), 1));
    return answers;
}

Result<int> openQueryCount(QSqlDatabase &db, qint64 entryId)
{
    auto query = exec(db, QStringLiteral("SELECT COUNT(*) FROM data_queries WHERE entry_id = ? AND status <> ?"),
                      { entryId, queryStatusCode(QueryStatus::Closed) });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QSqlQuery> findEntryId(QSqlDatabase &db, qint64 participantId, qint64 visitId, const QString &formCode,
                              int instance)
{
    if (visitId == 0)
        return exec(db,
                    QStringLiteral("SELECT id FROM form_entries WHERE participant_id = ? AND form_code = ? AND "
                                   "instance = ? AND visit_id IS NULL"),
                    { participantId, formCode, instance });
    return exec(db,
                QStringLiteral("SELECT id FROM form_entries WHERE participant_id = ? AND form_code = ? AND "
                               "instance = ? AND visit_id = ?"),
                { participantId, formCode, instance, visitId });
}

Result<WriteOn<EntryRecord>> beginEntryWrite(TrialSession &session, std::initializer_list<Action> actions,
                                             qint64 entryId)
{
    return beginWriteOn(session, actions, [entryId](Write &write) { return loadEntry(write.session(), entryId); });
}

Result<EntryRecord> loadEntry(TrialSession &session, qint64 entryId)
{
    QSqlDatabase &db = session.database();
    auto query = exec(db, kEntrySelect + QStringLiteral("WHERE e.id = ?"), { entryId });
    if (!query)
        return query.error();
    if (!query->next())
        return noEntry(entryId);
    auto record = readEntry(query.value());
    if (!record)
        return record.error();
    if (record->entry.armSpecific && blinded(session))
        return noEntry(entryId);
    if (Status access = ParticipantRecords::checkSiteAccess(session.user().siteCode, record->entry.siteCode); !access)
        return access.error();
    auto values = valuesOf(db, entryId);
    if (!values)
        return values.error();
    record->entry.answers = std::move(values.value());
    auto open = openQueryCount(db, entryId);
    if (!open)
        return open.error();
    record->entry.openQueries = open.value();
    return record;
}

Result<QList<FormEntry>> participantEntries(TrialSession &session, qint64 participantId)
{
    QSqlDatabase &db = session.database();
    const bool hide = blinded(session);
    const QString armFilter = hide ? QStringLiteral(" AND e.arm_specific = 0") : QString();
    auto query = exec(db, kEntrySelect + QStringLiteral("WHERE e.participant_id = ?") + armFilter, { participantId });
    if (!query)
        return query.error();
    QList<FormEntry> entries;
    QHash<qint64, qsizetype> byId;
    while (query->next()) {
        auto record = readEntry(query.value());
        if (!record)
            return record.error();
        byId.insert(record->entry.id, entries.size());
        entries.append(std::move(record->entry));
    }
    auto values = exec(db,
                       QStringLiteral("SELECT i.entry_id, i.item_code, i.value, i.missing_code FROM item_values i "
                                      "JOIN form_entries e ON e.id = i.entry_id WHERE e.participant_id = ?")
                           + armFilter,
                       { participantId });
    if (!values)
        return values.error();
    while (values->next())
        if (auto found = byId.constFind(values->value(0).toLongLong()); found != byId.constEnd())
            entries[*found].answers.insert(values->value(1).toString(), readAnswer(values.value(), 2));
    auto open = exec(db,
                     QStringLiteral("SELECT q.entry_id, COUNT(*) FROM data_queries q JOIN form_entries e ON e.id = "
                                    "q.entry_id WHERE e.participant_id = ? AND q.status <> ?")
                         + armFilter + QStringLiteral(" GROUP BY q.entry_id"),
                     { participantId, queryStatusCode(QueryStatus::Closed) });
    if (!open)
        return open.error();
    while (open->next())
        if (auto found = byId.constFind(open->value(0).toLongLong()); found != byId.constEnd())
            entries[*found].openQueries = open->value(1).toInt();
    std::stable_sort(entries.begin(), entries.end(), [](const FormEntry &a, const FormEntry &b) {
        if (a.visitOrder != b.visitOrder)
            return a.visitOrder < b.visitOrder;
        if (formOrder(a.formCode) != formOrder(b.formCode))
            return formOrder(a.formCode) < formOrder(b.formCode);
        if (a.formCode != b.formCode)
            return a.formCode < b.formCode;
        return a.instance < b.instance;
    });
    return entries;
}

Status checkParticipantAcceptsData(const QString &studyId, const QString &statusCode)
{
    const auto status = participantStatusFromCode(statusCode);
    if (status == ParticipantStatus::Registered)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Participant %1 is not randomized yet: forms are entered from randomization on.").arg(studyId));
    if (status == ParticipantStatus::RandomizedInError)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Participant %1 was randomized in error: no data are collected.").arg(studyId));
    if (status == ParticipantStatus::WithdrawnData)
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("Participant %1 withdrew consent to the use of their data: no data may be entered.").arg(studyId));
    return {};
}

Result<Answers> prepareAnswers(const FormDefinition &definition, const Answers &input, bool complete,
                               QList<ItemProblem> *problems)
{
    QList<ItemProblem> found;
    QSet<QString> badValues;
    Answers normalized;
    for (auto it = input.cbegin(); it != input.cend(); ++it) {
        Answer answer = it.value();
        answer.missingCode = answer.missingCode.trimmed();
        if (answer.isEmpty())
            continue;
        const forms::Item *item = definition.item(it.key());
        if (item && !item->isComputed() && answer.hasValue()) {
            auto canonical = forms::FormValue::normalize(*item, answer.value);
            if (!canonical) {
                found.append({ it.key(), canonical.error() });
                badValues.insert(it.key());
                continue;
            }
            answer.value = canonical.value();
            if (answer.isEmpty())
                continue;
        }
        normalized.insert(it.key(), answer);
    }
    const Answers computed = forms::FormEvaluator::withComputedScores(definition, normalized);
    for (const ItemProblem &problem : forms::FormEvaluator::validate(definition, computed, complete))
        if (!badValues.contains(problem.itemCode))
            found.append(problem);
    if (problems)
        *problems = found;
    if (found.isEmpty())
        return computed;
    QString message = complete ? Tr::tr("Form %1 cannot be completed:").arg(definition.code)
                               : Tr::tr("Form %1 cannot be saved:").arg(definition.code);
    for (const ItemProblem &problem : found)
        message += problem.itemCode.isEmpty() ? QStringLiteral("\n  %1").arg(problem.message)
                                              : QStringLiteral("\n  %1: %2").arg(problem.itemCode, problem.message);
    return makeError(ErrorCode::InvalidInput, message);
}

Result<int> writeValues(TrialSession &session, qint64 entryId, const Answers &before, const Answers &after,
                        const QString &action, const std::optional<QString> &reason)
{
    QSqlDatabase &db = session.database();
    QStringList codes = before.keys();
    for (const QString &code : after.keys())
        if (!before.contains(code))
            codes.append(code);
    const QString at = now(session);
    const QString by = session.user().username;
    int changed = 0;
    for (const QString &code : std::as_const(codes)) {
        const Answer old = before.value(code);
        const Answer current = after.value(code);
        if (old == current)
            continue;
        const std::optional<QString> value
            = current.hasValue() ? std::optional<QString>(current.value) : std::optional<QString>();
        const std::optional<QString> missing
            = current.missingCode.isEmpty() ? std::optional<QString>() : std::optional<QString>(current.missingCode);
        Result<QSqlQuery> written = current.isEmpty()
            ? exec(db, QStringLiteral("DELETE FROM item_values WHERE entry_id = ? AND item_code = ?"),
                   { entryId, code })
            : old.isEmpty()
            ? exec(db,
                   QStringLiteral("INSERT INTO item_values (entry_id, item_code, value, missing_code, updated_at, "
                                  "updated_by) VALUES (?, ?, ?, ?, ?, ?)"),
                   { entryId, code, nullableText(value), nullableText(missing), at, by })
            : exec(db,
                   QStringLiteral("UPDATE item_values SET value = ?, missing_code = ?, updated_at = ?, updated_by = ? "
                                  "WHERE entry_id = ? AND item_code = ?"),
                   { nullableText(value), nullableText(missing), at, by, entryId, code });
        if (!written)
            return written.error();
        if (Status audited = session.audit(
                { action, kEntryEntity, QString::number(entryId), code, auditText(old), auditText(current), reason });
            !audited)
            return audited.error();
        ++changed;
    }
    return changed;
}

Status auditState(TrialSession &session, const QString &action, qint64 entryId, std::optional<FormEntryState> from,
                  FormEntryState to, const std::optional<QString> &reason)
{
    return session.audit({ action, kEntryEntity, QString::number(entryId), QStringLiteral("state"),
                           from ? std::optional<QString>(formEntryStateCode(*from)) : std::nullopt,
                           formEntryStateCode(to), reason });
}

Error lockedError(const FormEntry &entry)
{
    return makeError(ErrorCode::Conflict,
                     Tr::tr("Form %1 of %2 is locked: ask a monitor or the administrator to unlock it first.")
                         .arg(entry.formCode, entry.studyId));
}

Status applyEdit(TrialSession &session, Definitions &definitions, const EntryRecord &record, const Answers &answers,
                 const QString &reason, const QString &action, QList<ItemProblem> *problems)
{
    const FormEntry &entry = record.entry;
    if (Status accepts = checkParticipantAcceptsData(entry.studyId, record.participantStatus); !accepts)
        return accepts;
    if (entry.state == FormEntryState::Locked)
        return lockedError(entry);
    const bool completed = entry.state != FormEntryState::Draft;
    const QString why = reason.trimmed();
    if (completed && why.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Form %1 of %2 is complete: give the reason for the change.").arg(entry.formCode, entry.studyId));
    auto known = definitions.at(entry.formCode, entry.formVersion);
    if (!known)
        return known.error();
    auto prepared = prepareAnswers(known.value()->definition, answers, completed, problems);
    if (!prepared)
        return prepared.error();
    const std::optional<QString> recordedReason = why.isEmpty() ? std::nullopt : std::optional<QString>(why);
    auto changed = writeValues(session, entry.id, entry.answers, prepared.value(), action, recordedReason);
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Nothing changed in form %1 of %2.").arg(entry.formCode, entry.studyId));
    const bool unverify = entry.state == FormEntryState::Verified;
    auto updated = exec(
        session.database(),
        unverify ? QStringLiteral("UPDATE form_entries SET updated_at = ?, updated_by = ?, state = ?, "
                                  "verified_at = NULL, verified_by = NULL WHERE id = ?")
                 : QStringLiteral("UPDATE form_entries SET updated_at = ?, updated_by = ?, state = ? WHERE id = ?"),
        { now(session), session.user().username, formEntryStateCode(unverify ? FormEntryState::Complete : entry.state),
          entry.id });
    if (!updated)
        return updated.error();
    if (unverify)
        return auditState(session, action, entry.id, FormEntryState::Verified, FormEntryState::Complete,
                          recordedReason);
    return {};
}

Result<qint64> saveEntry(TrialSession &session, const FormSlot &slot, const Answers &answers, bool complete,
                         QList<ItemProblem> *problems)
{
    if (problems)
        problems->clear();
    auto opened = ParticipantRecords::beginParticipantWrite(session, { Action::FormEnter }, slot.studyId);
    if (!opened)
        return opened.error();
    auto &[write, participant] = *opened;
    QSqlDatabase &db = write.database();
    const bool hide = blinded(session);
    const QString formCode = slot.formCode.trimmed().toUpper();
    const QString visitCode = slot.visitCode.trimmed().toUpper();
    const QString studyId = participant.studyId;
    if (Status accepts = checkParticipantAcceptsData(studyId, participantStatusCode(participant.status)); !accepts)
        return accepts.error();

    Definitions definitions(db);
    auto latest = definitions.latest(formCode);
    if (!latest)
        return latest.error();
    if (hide && latest.value()->definition.armSpecific())
        return noForm(formCode);
    Protocols protocols(db);

    std::optional<VisitInfo> visit;
    int instance = 1;
    if (!visitCode.isEmpty()) {
        auto visits = visitsOf(db, participant.id, hide);
        if (!visits)
            return visits.error();
        for (const VisitInfo &candidate : visits.value())
            if (candidate.code == visitCode)
                visit = candidate;
        if (!visit)
            return noVisit(studyId, visitCode);
        if (visit->status == VisitStatus::Missed || visit->status == VisitStatus::Cancelled)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("Visit %1 of %2 is %3: no form can be entered for it.")
                                 .arg(visitCode, studyId, visitStatusDisplayName(visit->status).toLower()));
        auto planned = protocolVisit(protocols, *visit);
        if (!planned)
            return planned.error();
        if (!planned.value() || !planned.value()->forms.contains(formCode))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Form %1 is not expected at visit %2.").arg(formCode, visitCode));
        if (slot.instance > 1)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Form %1 is entered once at visit %2.").arg(formCode, visitCode));
    } else {
        auto current = protocols.current();
        if (!current)
            return current.error();
        if (!current.value()->schedule.unscheduledForms.contains(formCode))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Form %1 is entered at a visit: name the visit.").arg(formCode));
        auto highest = exec(db,
                            QStringLiteral("SELECT MAX(instance) FROM form_entries WHERE participant_id = ? AND "
                                           "form_code = ? AND visit_id IS NULL"),
                            { participant.id, formCode });
        if (!highest)
            return highest.error();
        const int last = highest->next() && !highest->value(0).isNull() ? highest->value(0).toInt() : 0;
        const bool repeating = latest.value()->definition.repeating;
        if (slot.instance <= 0)
            instance = repeating ? last + 1 : 1;
        else if (slot.instance <= last || (repeating && slot.instance == last + 1)
                 || (!repeating && slot.instance == 1))
            instance = slot.instance;
        else
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Form %1 of %2 has no instance %3: the next one is %4.")
                                 .arg(formCode, studyId)
                                 .arg(slot.instance)
                                 .arg(repeating ? last + 1 : 1));
    }

    auto existing = findEntryId(db, participant.id, visit ? visit->id : 0, formCode, instance);
    if (!existing)
        return existing.error();
    const FormEntryState target = complete ? FormEntryState::Complete : FormEntryState::Draft;
    const QString action = complete ? QStringLiteral("form.complete") : QStringLiteral("form.save");
    const QString at = now(session);
    const QString by = session.user().username;

    if (existing->next()) {
        auto record = loadEntry(session, existing->value(0).toLongLong());
        if (!record)
            return record.error();
        const FormEntry &entry = record->entry;
        if (entry.state == FormEntryState::Locked)
            return lockedError(entry);
        if (entry.state != FormEntryState::Draft)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("Form %1 of %2 is already complete: edit it and give the reason for the change.")
                                 .arg(formCode, studyId));
        auto known = definitions.at(formCode, entry.formVersion);
        if (!known)
            return known.error();
        auto prepared = prepareAnswers(known.value()->definition, answers, complete, problems);
        if (!prepared)
            return prepared.error();
        auto changed = writeValues(session, entry.id, entry.answers, prepared.value(), action, std::nullopt);
        if (!changed)
            return changed.error();
        auto updated = complete
            ? exec(db,
                   QStringLiteral("UPDATE form_entries SET state = ?, updated_at = ?, updated_by = ?, "
                                  "completed_at = ?, completed_by = ? WHERE id = ?"),
                   { formEntryStateCode(target), at, by, at, by, entry.id })
            : exec(db, QStringLiteral("UPDATE form_entries SET state = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
                   { formEntryStateCode(target), at, by, entry.id });
        if (!updated)
            return updated.error();
        if (complete)
            if (Status audited = auditState(session, action, entry.id, FormEntryState::Draft, target, std::nullopt);
                !audited)
                return audited.error();
        if (Status committed = write.commit(); !committed)
            return committed.error();
        return entry.id;
    }

    // A new entry: validated before anything is written, so that a refusal installs nothing either.
    auto prepared = prepareAnswers(latest.value()->definition, answers, complete, problems);
    if (!prepared)
        return prepared.error();
    auto definition = definitionForNewEntry(session, definitions, formCode);
    if (!definition)
        return definition.error();
    const bool armSpecific = definition.value()->armSpecific() || (visit && visit->armSpecific);
    auto inserted
        = exec(db,
               QStringLiteral("INSERT INTO form_entries (participant_id, visit_id, site_code, form_code, "
                              "form_version, instance, state, arm_specific, created_at, created_by, "
                              "updated_at, updated_by, completed_at, completed_by) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               { participant.id, visit ? QVariant(visit->id) : QVariant(QMetaType(QMetaType::LongLong)),
                 participant.siteCode, formCode, definition.value()->version, instance, formEntryStateCode(target),
                 armSpecific ? 1 : 0, at, by, at, by, complete ? QVariant(at) : QVariant(QMetaType(QMetaType::QString)),
                 complete ? QVariant(by) : QVariant(QMetaType(QMetaType::QString)) });
    if (!inserted)
        return inserted.error();
    const qint64 entryId = inserted->lastInsertId().toLongLong();
    // What the entry id stands for, so the audit trail reads on its own.
    const QString slotText = QStringLiteral("%1 %2 %3 v%4 #%5")
                                 .arg(studyId, visit ? visitCode : QStringLiteral("-"), formCode)
                                 .arg(definition.value()->version)
                                 .arg(instance);
    if (Status audited = session.audit({ QStringLiteral("form.create"), kEntryEntity, QString::number(entryId),
                                         QString(), std::nullopt, slotText, std::nullopt });
        !audited)
        return audited.error();
    if (Status audited = auditState(session, action, entryId, std::nullopt, target, std::nullopt); !audited)
        return audited.error();
    auto changed = writeValues(session, entryId, {}, prepared.value(), action, std::nullopt);
    if (!changed)
        return changed.error();
    if (Status committed = write.commit(); !committed)
        return committed.error();
    return entryId;
}

Result<DataQuery> readQuery(const QSqlQuery &query)
{
    DataQuery result;
    result.id = query.value(0).toLongLong();
    result.entryId = query.value(1).toLongLong();
    result.studyId = query.value(2).toString();
    result.siteCode = query.value(3).toString();
    result.visitCode = query.value(4).toString();
    result.formCode = query.value(5).toString();
    result.itemCode = query.value(6).toString();
    const auto status = queryStatusFromCode(query.value(7).toString());
    if (!status)
        return makeError(
            ErrorCode::Corrupt,
            Tr::tr("Data query %1 has an unknown status \"%2\".").arg(result.id).arg(query.value(7).toString()));
    result.status = *status;
    result.question = query.value(8).toString();
    result.raisedBy = query.value(9).toString();
    result.raisedAt = parseTime(query.value(10));
    result.answer = query.value(11).toString();
    result.answeredBy = query.value(12).toString();
    result.answeredAt = parseTime(query.value(13));
    result.closedBy = query.value(14).toString();
    result.closedAt = parseTime(query.value(15));
    result.closeNote = query.value(16).toString();
    result.instance = query.value(17).toInt();
    result.number = query.value(18).toInt();
    return result;
}

Result<QList<DataQuery>> readQueries(Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    QList<DataQuery> result;
    while (query->next()) {
        auto row = readQuery(query.value());
        if (!row)
            return row.error();
        result.append(std::move(row.value()));
    }
    return result;
}

Result<WriteOn<DataQuery>> beginQueryWrite(TrialSession &session, std::initializer_list<Action> actions, qint64 queryId)
{
    return beginWriteOn(session, actions, [queryId](Write &write) { return loadQuery(write.session(), queryId); });
}

Result<DataQuery> loadQuery(TrialSession &session, qint64 queryId)
{
    auto query = exec(session.database(),
                      kQuerySelect + QStringLiteral("WHERE q.id = ?")
                          + (blinded(session) ? QStringLiteral(" AND e.arm_specific = 0") : QString()),
                      { queryId });
    if (!query)
        return query.error();
    if (!query->next())
        return noQuery(queryId);
    auto result = readQuery(query.value());
    if (!result)
        return result.error();
    if (Status access = ParticipantRecords::checkSiteAccess(session.user().siteCode, result->siteCode); !access)
        return access.error();
    return result;
}

Status requireQueryRead(const TrialSession &session)
{
    if (canRead(session) || session.can(Action::QueryRaise) || session.can(Action::QueryAnswer))
        return {};
    return requireRead(session);
}

Status setQueryAnswered(TrialSession &session, const DataQuery &query, const QString &answer)
{
    auto updated
        = exec(session.database(),
               QStringLiteral("UPDATE data_queries SET status = ?, answer = ?, answered_by = ?, answered_at = ? "
                              "WHERE id = ?"),
               { queryStatusCode(QueryStatus::Answered), answer, session.user().username, now(session), query.id });
    if (!updated)
        return updated.error();
    const QString id = QString::number(query.id);
    if (Status audited = session.audit({ QStringLiteral("query.answer"), kQueryEntity, id, QStringLiteral("answer"),
                                         query.answer.isEmpty() ? std::nullopt : std::optional<QString>(query.answer),
                                         answer, std::nullopt });
        !audited)
        return audited;
    return session.audit({ QStringLiteral("query.answer"), kQueryEntity, id, QStringLiteral("status"),
                           queryStatusCode(query.status), queryStatusCode(QueryStatus::Answered), std::nullopt });
}

Error queryClosedError(const DataQuery &query)
{
    return makeError(
        ErrorCode::Conflict,
        Tr::tr("Data query %1 is closed: raise a new query if the question remains.").arg(queryReference(query)));
}

} // namespace trialdesk::core::formdata
