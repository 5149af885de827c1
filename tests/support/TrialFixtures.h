#pragma once

#include "core/Result.h"
#include "core/enrollment/Participant.h"
#include "core/enrollment/Randomization.h"
#include "core/enrollment/Screening.h"
#include "tests/support/TestPasswords.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::test {

// A screening at site on date that meets every criterion of the bundled protocol (a woman of 64
// unless told otherwise): the start of every test that enrolls someone.
core::ScreeningInput eligibleScreening(const QDate &date, const QString &site = QStringLiteral("ICM"), int age = 64,
                                       const QString &sex = QStringLiteral("F"));

// Registration details for the bundled protocol: the condition stratum and consent to form 1.0
// signed on date.
core::EnrollmentInput enrollmentInput(const QDate &date, const QString &condition = QStringLiteral("HF"),
                                      const QString &consentVersion = QStringLiteral("1.0"));

// Screens and registers one eligible participant through EnrollmentService, as `session`;
// returns the study ID.
core::Result<QString> enrollEligible(core::TrialSession &session, const QDate &date,
                                     const QString &site = QStringLiteral("ICM"),
                                     const QString &condition = QStringLiteral("HF"));

// enrollEligible() then RandomizationService::randomize, signed with signaturePassword (the
// session user's password).
core::Result<core::RandomizationOutcome> randomizeEligible(core::TrialSession &session, const QDate &date,
                                                           const QString &site = QStringLiteral("ICM"),
                                                           const QString &condition = QStringLiteral("HF"),
                                                           const QByteArray &signaturePassword = kUserPassword);

// The first column of the first row of a read-only statement on session's connection, or -1 when
// it fails or returns no row: for tests that count rows (SQL is checked in core's own tests).
qint64 scalar(core::TrialSession &session, const QString &sql, const QVariantList &values = {});

} // namespace trialdesk::test
