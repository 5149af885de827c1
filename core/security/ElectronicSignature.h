#pragma once

#include "core/audit/AuditRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace trialdesk::core {

// What a user means by an electronic signature (21 CFR Part 11 §11.50). Stored by its code(),
// which never changes once released; the words shown are translated from the code when displayed.
enum class SignatureMeaning {
    EligibilityConsentConfirmed, // randomizing: "I confirm eligibility and consent"
    RandomizedInErrorConfirmed, // marking a randomization in error
};

QList<SignatureMeaning> allSignatureMeanings();
QString signatureMeaningCode(SignatureMeaning meaning); // "randomization.eligibility-consent-confirmed", ...
std::optional<SignatureMeaning> signatureMeaningFromCode(const QString &code);
QString signatureMeaningText(SignatureMeaning meaning); // translated

// An electronic signature executed by the signed-in user (TrialSession::sign): who signed, their
// printed name, when (UTC) and what it means. Recorded in the audit trail, in the transaction of the
// record it signs, as one entry: action "signature", the signed record's entity and ID, field
// "signature", new value a JSON object (docs/enrollment.md, "Electronic signatures").
//
// Only TrialSession::sign() makes a signature that executed() (the password was checked in this
// process): services that take a signature from their caller (RandomizationService::randomize with a
// Write&) refuse any other, such as one read back from the audit trail.
struct ElectronicSignature
{
    static inline const QString kAuditAction = QStringLiteral("signature");

    ElectronicSignature() = default;
    ElectronicSignature(QString username, QString printedName, QDateTime signedAt, SignatureMeaning meaning)
        : username(std::move(username))
        , printedName(std::move(printedName))
        , signedAt(std::move(signedAt))
        , meaning(meaning)
    {
    }

    QString username;
    QString printedName; // the user's full name, or the user name when none
    QDateTime signedAt; // UTC
    SignatureMeaning meaning = SignatureMeaning::EligibilityConsentConfirmed;

    // The audit entry that records this signature on the given record.
    AuditRecord auditRecord(const QString &entity, const QString &entityId) const;
    // The signature an audit entry records, or nothing when the entry is not a readable signature.
    static std::optional<ElectronicSignature> fromAuditEntry(const AuditEntry &entry);
    // Translated, for display: "Carol Coordinator (carol), 2026-11-26 09:00:00 UTC: I confirm ...".
    QString displayText() const;

    // True only for a signature made by TrialSession::sign() (and its copies).
    bool executed() const { return m_executed; }

private:
    friend class TrialSession;
    bool m_executed = false;
};

} // namespace trialdesk::core
