#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trialdesk::core {

class TrialSession;

// One stored version of the protocol (table protocol_versions).
struct ProtocolVersionInfo
{
    int version = 0;
    QString sha256; // hex of the definition's bytes
    QString reason;
    QDateTime createdAt; // UTC
    QString createdBy;
    QByteArray definition; // the JSON as stored, unless concealed
    // True when the block multiples were removed from definition because the user's role may not see them
    // (Action::DesignViewConcealed); sha256 is then that of the stored definition.
    bool concealed = false;
};

// The trial's protocol versions, for the session's user: ProtocolView to read, ProtocolAmend to amend.
// An amendment is a new version with a reason; it may never change what recorded data means (see amend()).
class ProtocolService
{
public:
    explicit ProtocolService(TrialSession &session)
        : m_session(session)
    {
    }

    // The highest version.
    Result<ProtocolVersionInfo> current() const;
    Result<ProtocolVersionInfo> version(int version) const;
    // Every version, oldest first.
    Result<QList<ProtocolVersionInfo>> history() const;

    // Validates json (errors name sourceName and the field) and stores it as the next version, audited
    // "protocol.amend" (sha256 old -> new, with the reason). Refused: no reason; identical to the current
    // version; arms changed (codes, weights, order); stratification factors changed other than by appending
    // levels; sites differing from the trial's sites (they are added in Administration); a consent form version
    // or an eligibility criterion removed although recorded data uses it; once the design is locked, a change of
    // method, block multiples, or levels appended anywhere but the first factor. Before the lock, a change of
    // method, multiples or levels is carried into a new randomization design version (same seed) in the same
    // transaction. Returns the new version number.
    Result<int> amend(const QByteArray &json, const QString &sourceName, const QString &reason);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
