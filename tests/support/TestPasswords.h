#pragma once

#include <QByteArray>

namespace trialdesk::test {

// One set of passwords for every test: long enough for the password policy (12 characters), never
// used outside tests. Tests that need a wrong or a new password spell it where it is used.
inline const QByteArray kAdminPassword = QByteArrayLiteral("correct horse battery");
inline const QByteArray kUserPassword = QByteArrayLiteral("a long enough password 1");

} // namespace trialdesk::test
