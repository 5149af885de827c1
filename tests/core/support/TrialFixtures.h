#pragma once

#include "enrollment/Screening.h"

#include <QDate>
#include <QString>

namespace trialdesk::test {

// A screening at site on date that meets every criterion of the bundled protocol (a woman of 64
// unless told otherwise): the start of every test that enrolls someone.
core::ScreeningInput eligibleScreening(const QDate &date, const QString &site = QStringLiteral("ICM"), int age = 64,
                                       const QString &sex = QStringLiteral("F"));

} // namespace trialdesk::test
