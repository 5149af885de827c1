#pragma once

#include "core/Result.h"
#include "core/audit/AuditRecord.h"
#include "core/enrollment/Participant.h"
#include "core/protocol/Protocol.h"
#include "core/services/Write.h"

#include <QList>
#include <QPair>
#include <QString>

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

class TrialSession;

// Shared reads and encodings of the enrollment tables for the enrollment services (no permission
// checks: the services make them).
class ParticipantRecords
{
public:
    struct Row
    {
        qint64 id = 0;
        QString studyId;
        QString siteCode;
        ParticipantStatus status = ParticipantStatus::Registered;
        QString stratumValues; // encoded
        qint64 screeningId = 0;
        QDateTime registeredAt;
        QString registeredBy;
    };

    static Result<Row> find(QSqlDatabase &db, const QString &studyId);
    // Records that the session's user was shown identifying data ("identity.view" of one
    // participant, "identity.search" by name), in a transaction of its own: the caller shows
    // nothing when this fails (docs/audit-chain.md, "Reads of identifying data").
    static Status auditIdentityRead(TrialSession &session, const AuditRecord &record);
    // find() for a user tied to a site (empty: all sites): another site's participant is refused.
    static Result<Row> findAccessible(QSqlDatabase &db, const QString &studyId, const QString &userSite);
    // The same inside a write, for the write's user: the row a change is about.
    static Result<Row> findAccessible(const Write &write, const QString &studyId);
    // The opening of a change to one participant: Write::begin(session, actions), then
    // findAccessible() in the write. `auto &[write, row] = *opened;`
    static Result<WriteOn<Row>> beginParticipantWrite(TrialSession &session, std::initializer_list<Action> actions,
                                                      const QString &studyId);
    static Result<std::optional<ConsentRecord>> latestConsent(QSqlDatabase &db, qint64 participantId);
    static Result<QList<ConsentRecord>> consents(QSqlDatabase &db, qint64 participantId);

    // True when a consent on this form version satisfies the protocol now: the current version, or
    // an earlier approved one while the current version does not require re-consent.
    static bool consentSatisfies(const Protocol &protocol, const QString &formVersion);
    static const ConsentFormVersion *currentConsentForm(const Protocol &protocol);

    // "site=ICM,condition=HF" <-> ordered (factor, level) pairs.
    static QString encodeStrata(const QList<QPair<QString, QString>> &values);
    static QList<QPair<QString, QString>> decodeStrata(const QString &text);
    // With the protocol's names; levels the protocol no longer knows keep their code as name.
    static QList<StratumValue> describeStrata(const Protocol &protocol, const QString &encoded);

    // Upper case ASCII without accents, for name search keys: "Côté" -> "COTE".
    static QString searchKey(const QString &name);

    // The user's site restriction: an account tied to a site works on that site only.
    static Status checkSiteAccess(const QString &userSite, const QString &siteCode);

    // An empty, non-null text: Qt binds a null QString as SQL NULL, which NOT NULL text columns refuse.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

    // "ICM-0001" style identifiers: prefix and a number zero-padded to 4 digits (more when needed).
    static QString formatNumber(const QString &prefix, qint64 number);
};

} // namespace trialdesk::core
