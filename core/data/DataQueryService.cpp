#include "core/data/DataQueryService.h"

#include "core/data/FormDataSupport.h"
#include "core/data/FormEntryService.h"

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::FormDataService)
};
} // namespace

using namespace formdata;

// ---- data queries ------------------------------------------------------------------------------

Result<qint64> DataQueryService::raiseQuery(qint64 entryId, const QString &itemCode, const QString &question)
{
    auto opened = beginEntryWrite(m_session, { Action::QueryRaise }, entryId);
    if (!opened)
        return opened.error();
    auto &[write, record] = *opened;
    QSqlDatabase &db = write.database();
    const FormEntry &entry = record.entry;
    if (entry.state == FormEntryState::Draft)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Form %1 of %2 is still a draft: raise queries once it is complete.")
                             .arg(entry.formCode, entry.studyId));
    if (entry.state == FormEntryState::Locked)
        return lockedError(entry);
    Definitions definitions(db);
    auto known = definitions.at(entry.formCode, entry.formVersion);
    if (!known)
        return known.error();
    const QString item = itemCode.trimmed();
    if (!known.value()->definition.item(item))
        return makeError(ErrorCode::InvalidInput, Tr::tr("Form %1 has no item \"%2\".").arg(entry.formCode, item));
    if (question.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write the question for the site."));
    auto inserted = exec(db,
                         QStringLiteral("INSERT INTO data_queries (entry_id, item_code, site_code, status, question, "
                                        "raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         { entry.id, item, entry.siteCode, queryStatusCode(QueryStatus::Open), question.trimmed(),
                           m_session.user().username, now(m_session) });
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    const QString queryId = QString::number(id);
    if (Status audited = write.audit({ QStringLiteral("query.raise"), kQueryEntity, queryId, QStringLiteral("item"),
                                       std::nullopt, QStringLiteral("%1/%2").arg(entry.id).arg(item), std::nullopt });
        !audited)
        return audited.error();
    if (Status audited = write.audit({ QStringLiteral("query.raise"), kQueryEntity, queryId, QStringLiteral("question"),
                                       std::nullopt, question.trimmed(), std::nullopt });
        !audited)
        return audited.error();
    if (Status committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Status DataQueryService::answerQuery(qint64 queryId, const QString &answer)
{
    auto opened = beginQueryWrite(m_session, { Action::QueryAnswer }, queryId);
    if (!opened)
        return opened.error();
    auto &[write, query] = *opened;
    if (query.status == QueryStatus::Closed)
        return queryClosedError(query);
    if (query.status == QueryStatus::Answered)
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("Data query %1 is already answered: the monitor reviews the answer.").arg(queryReference(query)));
    if (answer.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write the answer to the query."));
    if (Status answered = setQueryAnswered(m_session, query, answer.trimmed()); !answered)
        return answered;
    return write.commit();
}

Status DataQueryService::answerQueryWithCorrection(qint64 queryId, const forms::Answer &correctedValue,
                                                   const QString &reason)
{
    auto opened = beginQueryWrite(m_session, { Action::QueryAnswer, Action::FormEnter }, queryId);
    if (!opened)
        return opened.error();
    auto &[write, query] = *opened;
    QSqlDatabase &db = write.database();
    if (query.status == QueryStatus::Closed)
        return queryClosedError(query);
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the reason for the correction."));
    auto record = loadEntry(m_session, query.entryId);
    if (!record)
        return record.error();
    Answers answers = record->entry.answers;
    if (correctedValue.isEmpty())
        answers.remove(query.itemCode);
    else
        answers.insert(query.itemCode, correctedValue);
    Definitions definitions(db);
    if (Status edited
        = applyEdit(m_session, definitions, record.value(), answers, reason, QStringLiteral("query.correct"), nullptr);
        !edited)
        return edited;
    if (Status answered = setQueryAnswered(m_session, query, reason.trimmed()); !answered)
        return answered;
    return write.commit();
}

Status DataQueryService::closeQuery(qint64 queryId, const QString &note)
{
    auto opened = beginQueryWrite(m_session, { Action::QueryRaise }, queryId);
    if (!opened)
        return opened.error();
    auto &[write, query] = *opened;
    QSqlDatabase &db = write.database();
    if (query.status == QueryStatus::Closed)
        return makeError(ErrorCode::Conflict, Tr::tr("Data query %1 is already closed.").arg(queryReference(query)));
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write a note on how the query was resolved."));
    auto updated = exec(
        db,
        QStringLiteral("UPDATE data_queries SET status = ?, closed_by = ?, closed_at = ?, close_note = ? "
                       "WHERE id = ?"),
        { queryStatusCode(QueryStatus::Closed), m_session.user().username, now(m_session), note.trimmed(), queryId });
    if (!updated)
        return updated.error();
    if (Status audited
        = write.audit({ QStringLiteral("query.close"), kQueryEntity, QString::number(queryId), QStringLiteral("status"),
                        queryStatusCode(query.status), queryStatusCode(QueryStatus::Closed), note.trimmed() });
        !audited)
        return audited;
    return write.commit();
}

Result<DataQuery> DataQueryService::query(qint64 queryId) const
{
    if (Status allowed = requireQueryRead(m_session); !allowed)
        return allowed.error();
    return loadQuery(m_session, queryId);
}

Result<QList<DataQuery>> DataQueryService::openQueries(const QString &siteCode) const
{
    if (Status allowed = requireQueryRead(m_session); !allowed)
        return allowed.error();
    const QString userSite = m_session.user().siteCode;
    const QString site = siteCode.trimmed().toUpper();
    if (!site.isEmpty())
        if (Status access = ParticipantRecords::checkSiteAccess(userSite, site); !access)
            return access.error();
    const QString effective = site.isEmpty() ? userSite : site;
    QString sql = kQuerySelect + QStringLiteral("WHERE q.status <> ?");
    if (!effective.isEmpty())
        sql += QStringLiteral(" AND q.site_code = ?");
    if (blinded(m_session))
        sql += QStringLiteral(" AND e.arm_specific = 0");
    sql += QStringLiteral(" ORDER BY q.id");
    auto query = effective.isEmpty()
        ? exec(m_session.database(), sql, { queryStatusCode(QueryStatus::Closed) })
        : exec(m_session.database(), sql, { queryStatusCode(QueryStatus::Closed), effective });
    return readQueries(query);
}

Result<QList<DataQuery>> DataQueryService::queries(qint64 entryId) const
{
    if (Status allowed = requireQueryRead(m_session); !allowed)
        return allowed.error();
    auto record = loadEntry(m_session, entryId);
    if (!record)
        return record.error();
    auto query
        = exec(m_session.database(), kQuerySelect + QStringLiteral("WHERE q.entry_id = ? ORDER BY q.id"), { entryId });
    return readQueries(query);
}

Result<DataQuery> DataQueryService::findQuery(const QueryReference &reference) const
{
    if (Status allowed = requireQueryRead(m_session); !allowed)
        return allowed.error();
    auto entry = FormEntryService(m_session).findEntry(reference.entry);
    if (!entry)
        return entry.error();
    auto query = exec(m_session.database(),
                      kQuerySelect + QStringLiteral("WHERE q.entry_id = ? ORDER BY q.id LIMIT 1 OFFSET ?"),
                      { entry->id, std::max(0, reference.number - 1) });
    if (!query)
        return query.error();
    if (reference.number < 1 || !query->next())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("Form %1 of %2 has no data query %3: see query list --entry %4.")
                             .arg(entry->formCode, entry->studyId)
                             .arg(reference.number)
                             .arg(entryReference(entry.value())));
    return readQuery(query.value());
}

} // namespace trialdesk::core
