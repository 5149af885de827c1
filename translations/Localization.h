#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace trialdesk::i18n {

// The languages TrialDesk speaks: French (Quebec) and English.
enum class Language { French, English };

// The language from a saved setting ("fr", "en") or, when empty, from the system locale.
Language languageFor(const QString &setting, const QLocale &system = QLocale::system());
QString languageCode(Language language);

// Loads TrialDesk's catalogue (and Qt's own, for standard dialogs) for the language and installs
// it on the application, replacing any previous one. Returns false if the catalogue is missing.
bool installTranslations(QCoreApplication &app, Language language);
// Same, with the language chosen from the system locale (or TRIALDESK_LANG when set).
bool installTranslations(QCoreApplication &app);

} // namespace trialdesk::i18n
