#pragma once

#include <QString>

namespace trialdesk::core {

struct Site
{
    QString code; // e.g. "ICM": upper-case letters and digits, 2 to 8, prefixes study IDs
    QString nameFr;
    QString nameEn;
    QString timeZone = QStringLiteral("America/Toronto"); // IANA; Montreal follows Toronto's zone
    bool active = true;
};

} // namespace trialdesk::core
