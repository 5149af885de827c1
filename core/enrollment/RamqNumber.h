#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace trialdesk::core {

// The Quebec health insurance (RAMQ) number: 4 letters (3 of the last name, 1 of the first name)
// then 8 digits YYMMDD NN, where the month has 50 added for women.
class RamqNumber
{
public:
    // Upper case without spaces ("TREM 6401 0112" -> "TREM64010112").
    static QString normalize(const QString &text);
    // Format, a real embedded date, and when given: agreement with the date of birth, with the sex
    // ("F" or "M"; anything else is not checked) and with the names' first letters (accents folded;
    // names shorter than three letters are padded with X as the RAMQ does).
    static Status validate(const QString &number, const QDate &dateOfBirth = {}, const QString &sex = {},
                           const QString &lastName = {}, const QString &firstName = {});
};

} // namespace trialdesk::core
