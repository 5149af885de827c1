#include "translations/LocalizedText.h"

#include <QLocale>

namespace trialdesk::i18n {

QString LocalizedText::current() const
{
    return QLocale().language() == QLocale::French ? fr : en;
}

} // namespace trialdesk::i18n
