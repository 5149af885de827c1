#include "translations/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(trialdesk_translations);
}

namespace trialdesk::i18n {

namespace {
QTranslator *g_trialdesk = nullptr;
QTranslator *g_qt = nullptr;
} // namespace

Language languageFor(const QString &setting, const QLocale &system)
{
    if (setting == QLatin1String("fr"))
        return Language::French;
    if (setting == QLatin1String("en"))
        return Language::English;
    return system.language() == QLocale::French ? Language::French : Language::English;
}

QString languageCode(Language language)
{
    return language == Language::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool installTranslations(QCoreApplication &app, Language language)
{
    initTranslationResources();
    for (QTranslator **translator : { &g_trialdesk, &g_qt }) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QString file
        = language == Language::French ? QStringLiteral("trialdesk_fr_CA") : QStringLiteral("trialdesk_en");
    g_trialdesk = new QTranslator(&app);
    const bool loaded = g_trialdesk->load(file, QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(g_trialdesk);
    if (language == Language::French) {
        g_qt = new QTranslator(&app);
        if (g_qt->load(QLocale(QLocale::French, QLocale::Canada), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
    }
    QLocale::setDefault(language == Language::French ? QLocale(QLocale::French, QLocale::Canada)
                                                     : QLocale(QLocale::English, QLocale::Canada));
    return loaded;
}

bool installTranslations(QCoreApplication &app)
{
    return installTranslations(app, languageFor(qEnvironmentVariable("TRIALDESK_LANG")));
}

} // namespace trialdesk::i18n
