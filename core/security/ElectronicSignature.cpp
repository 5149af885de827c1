#include "core/security/ElectronicSignature.h"

#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::ElectronicSignature)
};

const QString kField = QStringLiteral("signature");
const QString kMeaning = QStringLiteral("meaning");
const QString kPrintedName = QStringLiteral("printed_name");
const QString kSignedAt = QStringLiteral("signed_at");
const QString kUsername = QStringLiteral("username");

} // namespace

QList<SignatureMeaning> allSignatureMeanings()
{
    return { SignatureMeaning::EligibilityConsentConfirmed, SignatureMeaning::RandomizedInErrorConfirmed };
}

QString signatureMeaningCode(SignatureMeaning meaning)
{
    switch (meaning) {
    case SignatureMeaning::EligibilityConsentConfirmed:
        return QStringLiteral("randomization.eligibility-consent-confirmed");
    case SignatureMeaning::RandomizedInErrorConfirmed:
        return QStringLiteral("randomization.in-error-confirmed");
    }
    return {};
}

std::optional<SignatureMeaning> signatureMeaningFromCode(const QString &code)
{
    for (SignatureMeaning meaning : allSignatureMeanings())
        if (signatureMeaningCode(meaning) == code)
            return meaning;
    return std::nullopt;
}

QString signatureMeaningText(SignatureMeaning meaning)
{
    switch (meaning) {
    case SignatureMeaning::EligibilityConsentConfirmed:
        return Tr::tr("I confirm eligibility and consent");
    case SignatureMeaning::RandomizedInErrorConfirmed:
        return Tr::tr("I confirm the randomization was in error");
    }
    return {};
}

AuditRecord ElectronicSignature::auditRecord(const QString &entity, const QString &entityId) const
{
    // Compact JSON with its keys in a fixed (sorted) order: the same signature always gives the same text.
    const QJsonObject value { { kMeaning, signatureMeaningCode(meaning) },
                              { kPrintedName, printedName },
                              { kSignedAt, Clock::format(signedAt) },
                              { kUsername, username } };
    return { kAuditAction, entity,       entityId,
             kField,       std::nullopt, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)),
             std::nullopt };
}

std::optional<ElectronicSignature> ElectronicSignature::fromAuditEntry(const AuditEntry &entry)
{
    if (entry.action != kAuditAction || entry.field != kField || !entry.newValue)
        return std::nullopt;
    QJsonParseError error;
    const QJsonObject value = QJsonDocument::fromJson(entry.newValue->toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    const auto meaning = signatureMeaningFromCode(value.value(kMeaning).toString());
    const QDateTime at = Clock::parse(value.value(kSignedAt).toString());
    if (!meaning || !at.isValid())
        return std::nullopt;
    return ElectronicSignature { value.value(kUsername).toString(), value.value(kPrintedName).toString(), at,
                                 *meaning };
}

QString ElectronicSignature::displayText() const
{
    //: Electronic signature: printed name (user name), date and time in UTC: meaning
    return Tr::tr("%1 (%2), %3 UTC: %4")
        .arg(printedName, username, signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             signatureMeaningText(meaning));
}

} // namespace trialdesk::core
