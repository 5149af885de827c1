#include "core/data/FormEntryService.h"

#include "core/data/FormDataSupport.h"

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::FormDataService)
};
} // namespace

using namespace formdata;

namespace {
// A workflow step that stamps who and when (verified, locked): the new state, the stamp, and the
// state change audited, in the caller's write.
Status stamp(Write &write, const FormEntry &entry, FormEntryState to, const QString &action)
{
    const QString sql = to == FormEntryState::Verified
        ? QStringLiteral("UPDATE form_entries SET state = ?, verified_at = ?, verified_by = ? WHERE id = ?")
        : QStringLiteral("UPDATE form_entries SET state = ?, locked_at = ?, locked_by = ? WHERE id = ?");
    auto updated = exec(write.database(), sql,
                        { formEntryStateCode(to), now(write.session()), write.user().username, entry.id });
    if (!updated)
        return updated.error();
    return auditState(write.session(), action, entry.id, entry.state, to, std::nullopt);
}
} // namespace

// ---- reading -----------------------------------------------------------------------------------

Result<ParticipantForms> FormEntryService::expectedForms(const QString &studyId) const
{
    if (Status allowed = requireRead(m_session); !allowed)
        return allowed.error();
    QSqlDatabase &db = m_session.database();
    const bool hide = blinded(m_session);
    auto participant = ParticipantRecords::findAccessible(db, studyId, m_session.user().siteCode);
    if (!participant)
        return participant.error();
    auto visits = visitsOf(db, participant->id, hide);
    if (!visits)
        return visits.error();
    auto entries = participantEntries(m_session, participant->id);
    if (!entries)
        return entries.error();
    Definitions definitions(db);
    Protocols protocols(db);

    // Title and category of a form for a slot: the entry's version, else the version a new entry would use.
    auto describe = [&](const QString &formCode, const FormEntry *entry) -> Result<std::optional<ExpectedForm>> {
        auto known = entry ? definitions.at(formCode, entry->formVersion) : definitions.latest(formCode);
        if (!known)
            return known.error();
        const FormDefinition &definition = known.value()->definition;
        if (definition.armSpecific() && hide)
            return std::optional<ExpectedForm>();
        ExpectedForm form;
        form.formCode = formCode;
        form.title = definition.title;
        form.category = definition.category;
        form.formVersion = definition.version;
        if (entry) {
            form.entryId = entry->id;
            form.instance = entry->instance;
            form.state = entry->state;
            form.openQueries = entry->openQueries;
        }
        return std::optional<ExpectedForm>(form);
    };

    ParticipantForms result;
    result.studyId = participant->studyId;
    result.siteCode = participant->siteCode;
    for (const VisitInfo &visit : visits.value()) {
        VisitForms forms;
        forms.visitId = visit.id;
        forms.visitCode = visit.code;
        forms.order = visit.order;
        forms.visitStatus = visit.status;
        forms.targetDate = visit.targetDate;
        forms.actualDate = visit.actualDate;
        auto planned = protocolVisit(protocols, visit);
        if (!planned)
            return planned.error();
        QStringList codes;
        if (planned.value()) {
            forms.visitName = planned.value()->name;
            codes = planned.value()->forms;
        } else {
            forms.visitName = LocalizedText { visit.code, visit.code };
        }
        // Entries at the visit that the schedule no longer lists are shown after the expected ones.
        for (const FormEntry &entry : entries.value())
            if (entry.visitId == visit.id && !codes.contains(entry.formCode))
                codes.append(entry.formCode);
        for (const QString &code : std::as_const(codes)) {
            const FormEntry *entry = nullptr;
            for (const FormEntry &candidate : entries.value())
                if (candidate.visitId == visit.id && candidate.formCode == code)
                    entry = &candidate;
            auto described = describe(code, entry);
            if (!described)
                return described.error();
            if (described.value())
                forms.forms.append(*described.value());
        }
        result.visits.append(forms);
    }

    auto current = protocols.current();
    if (!current)
        return current.error();
    QStringList unscheduled = current.value()->schedule.unscheduledForms;
    for (const FormEntry &entry : entries.value())
        if (entry.visitId == 0 && !unscheduled.contains(entry.formCode))
            unscheduled.append(entry.formCode);
    for (const QString &code : std::as_const(unscheduled)) {
        int last = 0;
        for (const FormEntry &entry : entries.value()) {
            if (entry.visitId != 0 || entry.formCode != code)
                continue;
            auto described = describe(code, &entry);
            if (!described)
                return described.error();
            if (described.value())
                result.unscheduled.append(*described.value());
            last = std::max(last, entry.instance);
        }
        if (!current.value()->schedule.unscheduledForms.contains(code))
            continue;
        auto described = describe(code, nullptr);
        if (!described)
            return described.error();
        if (!described.value())
            continue;
        auto known = definitions.latest(code);
        if (!known)
            return known.error();
        if (last == 0 || known.value()->definition.repeating) {
            described.value()->instance = last + 1;
            result.unscheduled.append(*described.value());
        }
    }
    return result;
}

Result<QList<FormEntry>> FormEntryService::entries(const QString &studyId) const
{
    if (Status allowed = requireRead(m_session); !allowed)
        return allowed.error();
    auto participant = ParticipantRecords::findAccessible(m_session.database(), studyId, m_session.user().siteCode);
    if (!participant)
        return participant.error();
    return participantEntries(m_session, participant->id);
}

Result<FormEntry> FormEntryService::entry(qint64 entryId) const
{
    if (Status allowed = requireRead(m_session); !allowed)
        return allowed.error();
    auto record = loadEntry(m_session, entryId);
    if (!record)
        return record.error();
    return std::move(record.value().entry);
}

Result<FormEntry> FormEntryService::findEntry(const FormSlot &slot) const
{
    if (Status allowed = requireRead(m_session); !allowed)
        return allowed.error();
    QSqlDatabase &db = m_session.database();
    const bool hide = blinded(m_session);
    const QString formCode = slot.formCode.trimmed().toUpper();
    const QString visitCode = slot.visitCode.trimmed().toUpper();
    auto participant = ParticipantRecords::findAccessible(db, slot.studyId, m_session.user().siteCode);
    if (!participant)
        return participant.error();
    Definitions definitions(db);
    auto known = definitions.latest(formCode);
    if (!known)
        return known.error();
    if (hide && known.value()->definition.armSpecific())
        return noForm(formCode);
    qint64 visitId = 0;
    if (!visitCode.isEmpty()) {
        auto visits = visitsOf(db, participant->id, hide);
        if (!visits)
            return visits.error();
        for (const VisitInfo &visit : visits.value())
            if (visit.code == visitCode)
                visitId = visit.id;
        if (visitId == 0)
            return noVisit(participant->studyId, visitCode);
    }
    auto found = findEntryId(db, participant->id, visitId, formCode, std::max(1, slot.instance));
    if (!found)
        return found.error();
    if (!found->next())
        return notStarted(participant->studyId, visitCode, formCode);
    auto record = loadEntry(m_session, found->value(0).toLongLong());
    if (!record)
        return record.error().code == ErrorCode::NotFound ? notStarted(participant->studyId, visitCode, formCode)
                                                          : record.error();
    return std::move(record.value().entry);
}

// ---- entering ----------------------------------------------------------------------------------

Result<qint64> FormEntryService::saveDraft(const FormSlot &slot, const forms::Answers &answers,
                                           QList<forms::ItemProblem> *problems)
{
    return saveEntry(m_session, slot, answers, false, problems);
}

Result<qint64> FormEntryService::complete(const FormSlot &slot, const forms::Answers &answers,
                                          QList<forms::ItemProblem> *problems)
{
    return saveEntry(m_session, slot, answers, true, problems);
}

Status FormEntryService::edit(qint64 entryId, const forms::Answers &answers, const QString &reason,
                              QList<forms::ItemProblem> *problems)
{
    if (problems)
        problems->clear();
    auto opened = beginEntryWrite(m_session, { Action::FormEnter }, entryId);
    if (!opened)
        return opened.error();
    auto &[write, record] = *opened;
    QSqlDatabase &db = write.database();
    Definitions definitions(db);
    if (Status edited
        = applyEdit(m_session, definitions, record, answers, reason, QStringLiteral("form.edit"), problems);
        !edited)
        return edited;
    return write.commit();
}

Status FormEntryService::verify(qint64 entryId)
{
    auto opened = beginEntryWrite(m_session, { Action::FormVerify }, entryId);
    if (!opened)
        return opened.error();
    auto &[write, record] = *opened;
    const FormEntry &entry = record.entry;
    switch (entry.state) {
    case FormEntryState::Complete:
        break;
    case FormEntryState::Verified:
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Form %1 of %2 is already verified.").arg(entry.formCode, entry.studyId));
    case FormEntryState::Locked:
        return lockedError(entry);
    default:
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Form %1 of %2 is a draft: it can be verified once complete.").arg(entry.formCode, entry.studyId));
    }
    return write.commit(stamp(write, entry, FormEntryState::Verified, QStringLiteral("form.verify")));
}

Status FormEntryService::lock(qint64 entryId)
{
    auto opened = beginEntryWrite(m_session, { Action::FormLock }, entryId);
    if (!opened)
        return opened.error();
    auto &[write, record] = *opened;
    const FormEntry &entry = record.entry;
    if (entry.state == FormEntryState::Locked)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Form %1 of %2 is already locked.").arg(entry.formCode, entry.studyId));
    if (entry.state == FormEntryState::Draft)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Form %1 of %2 is a draft: it can be locked once complete.").arg(entry.formCode, entry.studyId));
    return write.commit(stamp(write, entry, FormEntryState::Locked, QStringLiteral("form.lock")));
}

Status FormEntryService::unlock(qint64 entryId, const QString &reason)
{
    auto opened = beginEntryWrite(m_session, { Action::FormLock }, entryId);
    if (!opened)
        return opened.error();
    auto &[write, record] = *opened;
    QSqlDatabase &db = write.database();
    const FormEntry &entry = record.entry;
    if (entry.state != FormEntryState::Locked)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Form %1 of %2 is not locked.").arg(entry.formCode, entry.studyId));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Give the reason for unlocking form %1 of %2.").arg(entry.formCode, entry.studyId));
    // Back to the state it had: an edit clears the verification, so verified_at tells.
    const FormEntryState back = entry.verifiedAt.isValid() ? FormEntryState::Verified : FormEntryState::Complete;
    auto updated = exec(db,
                        QStringLiteral("UPDATE form_entries SET state = ?, locked_at = NULL, locked_by = NULL "
                                       "WHERE id = ?"),
                        { formEntryStateCode(back), entry.id });
    if (!updated)
        return updated.error();
    if (Status audited = auditState(m_session, QStringLiteral("form.unlock"), entry.id, FormEntryState::Locked, back,
                                    reason.trimmed());
        !audited)
        return audited;
    return write.commit();
}

Result<QList<ValueChange>> FormEntryService::history(qint64 entryId) const
{
    if (Status allowed = requireRead(m_session); !allowed)
        return allowed.error();
    auto record = loadEntry(m_session, entryId);
    if (!record)
        return record.error();
    AuditTrail::Filter filter;
    filter.entity = kEntryEntity;
    filter.entityId = QString::number(entryId);
    auto audited = AuditTrail::entries(m_session.database(), filter);
    if (!audited)
        return audited.error();
    QList<ValueChange> changes;
    for (const AuditEntry &entry : audited.value()) {
        if (!kValueActions.contains(entry.action) || entry.field.isEmpty() || entry.field == QLatin1String("state"))
            continue;
        changes.append(
            { entry.at, entry.username, entry.field, entry.oldValue, entry.newValue, entry.reason, entry.action });
    }
    return changes;
}

} // namespace trialdesk::core
