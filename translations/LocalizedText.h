#pragma once

#include <QString>

namespace trialdesk::i18n {

// A text given in both of the trial's languages by a definition (protocol, form), not by the
// program's catalogues.
struct LocalizedText
{
    QString fr;
    QString en;
    // The text in the current UI language (French when QLocale's default is French).
    QString current() const;
    bool operator==(const LocalizedText &other) const = default;
};

} // namespace trialdesk::i18n
