// Keeps the French (Quebec) and English catalogues complete and usable: lupdate is run on a copy of
// each committed catalogue over the translatable sources, and every message that is new, unfinished
// or gone from the sources fails the test, with where it comes from. Placeholders, accelerators,
// plural forms and French typography are checked on the committed files, and the compiled .qm files
// must give back every translation.

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one entry, or one per plural form
    QString location; // "file:line" when the catalogue has locations

    QString key() const { return context + QChar(0x4) + source + QChar(0x4) + comment; }
    QString describe() const
    {
        QString text = QStringLiteral("[%1] \"%2\"").arg(context, source);
        if (!comment.isEmpty())
            text += QStringLiteral(" (%1)").arg(comment);
        if (!location.isEmpty())
            text += QStringLiteral(" at ") + location;
        return text;
    }
    bool finished() const
    {
        if (!type.isEmpty())
            return false;
        for (const QString &translation : translations) {
            if (translation.isEmpty())
                return false;
        }
        return !translations.isEmpty();
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("location") && inMessage && message.location.isEmpty()) {
                // lupdate writes file names relative to the catalogue; show them relative to the source tree.
                const QString file = QDir::cleanPath(QFileInfo(path).absoluteDir().absoluteFilePath(
                    xml.attributes().value(QLatin1String("filename")).toString()));
                message.location = QDir(QStringLiteral(TRIALDESK_SOURCE_DIR)).relativeFilePath(file) + QLatin1Char(':')
                    + xml.attributes().value(QLatin1String("line")).toString();
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("numerusform"))
                            message.translations << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    message.translations << xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.messages << message;
            inMessage = false;
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1 is not a valid catalogue: %2 (line %3)")
                              .arg(path, xml.errorString())
                              .arg(xml.lineNumber());
    return catalogue;
}

QString committedCatalogue(const QString &name)
{
    return QStringLiteral(TRIALDESK_SOURCE_DIR "/translations/") + name;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|[1-9])(?![0-9])"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// "&File" has an accelerator; "&&" is a literal ampersand; "Tom & Jerry" has none.
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

// QTest cuts long failure messages: each problem goes to the log on its own line, the failure says how many.
QString joinProblems(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    return problems.isEmpty() ? QString() : QStringLiteral(" (listed above)");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueIsCompleteAndCurrent_data();
    void catalogueIsCompleteAndCurrent();
    void translationsKeepPlaceholdersAndAccelerators_data();
    void translationsKeepPlaceholdersAndAccelerators();
    void frenchFollowsQuebecTypography();
    void contextsAreTheOnesLookedUpAtRunTime();
    void compiledCataloguesGiveEveryTranslation_data();
    void compiledCataloguesGiveEveryTranslation();
    void frenchCatalogueTranslatesKnownStrings();

private:
    // The committed catalogue merged with the current sources by lupdate, with absolute locations.
    Catalogue m_updated[2];
    QString m_lupdateOutput;
    QTemporaryDir m_dir;
};

namespace {
const char *const kCatalogues[] = { "trialdesk_fr_CA.ts", "trialdesk_en.ts" };
const char *const kLanguages[] = { "fr_CA", "en" };
} // namespace

void TestTranslations::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFile::exists(QStringLiteral(TRIALDESK_LUPDATE_PATH)), "lupdate was not found: " TRIALDESK_LUPDATE_PATH);
    QVERIFY2(QFile::exists(QStringLiteral(TRIALDESK_TRANSLATABLE_SOURCES_LIST)),
             "the list of translatable sources is missing: re-run cmake");

    // The include root, as the build gives it: lupdate follows "core/...", "reports/..." includes to
    // resolve the classes and namespaces that name each context.
    QStringList arguments { QStringLiteral("@" TRIALDESK_TRANSLATABLE_SOURCES_LIST),
                            QStringLiteral("-I"),
                            QStringLiteral(TRIALDESK_SOURCE_DIR),
                            QStringLiteral("-no-obsolete"),
                            QStringLiteral("-locations"),
                            QStringLiteral("absolute"),
                            QStringLiteral("-ts") };
    for (const char *name : kCatalogues) {
        const QString copy = m_dir.filePath(QLatin1String(name));
        QVERIFY2(QFile::copy(committedCatalogue(QLatin1String(name)), copy), name);
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        arguments << copy;
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TRIALDESK_LUPDATE_PATH), arguments);
    QVERIFY2(lupdate.waitForFinished(600000), qPrintable(lupdate.errorString()));
    m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));

    for (int i = 0; i < 2; ++i) {
        m_updated[i] = readCatalogue(m_dir.filePath(QLatin1String(kCatalogues[i])));
        QVERIFY2(m_updated[i].error.isEmpty(), qPrintable(m_updated[i].error));
        // Guards against a run that silently scanned nothing.
        QVERIFY2(m_updated[i].messages.size() > 100, qPrintable(m_lupdateOutput));
    }
}

void TestTranslations::catalogueIsCompleteAndCurrent_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("fr_CA") << 0;
    QTest::newRow("en") << 1;
}

void TestTranslations::catalogueIsCompleteAndCurrent()
{
    QFETCH(int, index);
    const QString name = QLatin1String(kCatalogues[index]);
    const Catalogue committed = readCatalogue(committedCatalogue(name));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QCOMPARE(committed.language, QLatin1String(kLanguages[index]));

    QSet<QString> inSources;
    QHash<QString, const Message *> committedByKey;
    for (const Message &message : committed.messages)
        committedByKey.insert(message.key(), &message);

    QStringList problems;
    for (const Message &message : m_updated[index].messages) {
        inSources.insert(message.key());
        const Message *before = committedByKey.value(message.key());
        if (!before)
            problems << QStringLiteral("missing (new string, run the update_translations target): ")
                    + message.describe();
        else if (!before->finished())
            problems << QStringLiteral("unfinished: ") + message.describe();
    }
    for (const Message &message : committed.messages) {
        if (!inSources.contains(message.key()))
            problems << QStringLiteral("vanished from the sources (run the update_translations target): ")
                    + message.describe();
        else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            problems << QStringLiteral("marked %1 but still in the sources: ").arg(message.type) + message.describe();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 problem(s)").arg(name).arg(problems.size()) + joinProblems(problems)));
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators_data()
{
    catalogueIsCompleteAndCurrent_data();
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(int, index);
    const QString name = QLatin1String(kCatalogues[index]);
    const Catalogue committed = readCatalogue(committedCatalogue(name));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

    QStringList problems;
    for (const Message &message : committed.messages) {
        if (!message.finished())
            continue;
        if (message.numerus && message.translations.size() != 2)
            problems << QStringLiteral("%1 plural forms instead of 2: ").arg(message.translations.size())
                    + message.describe();
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            const QSet<QString> found = placeholders(translation);
            if (found != expected) {
                QStringList want(expected.cbegin(), expected.cend());
                QStringList got(found.cbegin(), found.cend());
                want.sort();
                got.sort();
                problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\": ")
                                .arg(got.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')), translation)
                        + message.describe();
            }
            if (hasAccelerator(message.source) != hasAccelerator(translation))
                problems << QStringLiteral("accelerator (&) lost or added in \"%1\": ").arg(translation)
                        + message.describe();
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 problem(s)").arg(name).arg(problems.size()) + joinProblems(problems)));
}

void TestTranslations::frenchFollowsQuebecTypography()
{
    const Catalogue committed = readCatalogue(committedCatalogue(QLatin1String(kCatalogues[0])));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    // Codes keep their punctuation: PP:1, 1:1, SqlCipherDriver::setKey(), (:nom), (?), *.json;;*.
    static const QRegularExpression code(
        QStringLiteral("[^\\s\\x{00A0}\\x{202F}]:+[^\\s\\x{00A0}\\x{202F}]|\\(\\?\\)|;;"));
    // A no-break space before ":" and inside « », a narrow no-break space before ; ? !, and no straight
    // double quote (an untranslated quotation).
    static const QRegularExpression wrong(
        QStringLiteral("(?<!\\x{00A0}):|«(?!\\x{00A0})|(?<!\\x{00A0})»|(?<![\\x{00A0}\\x{202F}])[;?!]|\""));
    QStringList problems;
    for (const Message &message : committed.messages) {
        for (const QString &translation : message.translations) {
            QString text = translation;
            text.remove(code);
            const QRegularExpressionMatch match = wrong.match(text);
            if (match.hasMatch())
                problems << QStringLiteral("\"%1\" at \"%2\": ").arg(translation, match.captured())
                        + message.describe();
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 translation(s) break French typography: use U+00A0 before \":\" and "
                                       "inside « », U+202F before ; ? ! and « » rather than \"\":")
                            .arg(problems.size())
                        + joinProblems(problems)));
}

void TestTranslations::contextsAreTheOnesLookedUpAtRunTime()
{
    // lupdate names a tr() call's context after the enclosing class or namespace. When that scope has
    // no Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, it warns and guesses; the guess is right only if the code
    // translates under that very name (a file-local tr() helper passing it to QCoreApplication::translate).
    // Otherwise the translation exists but is never found, and the user sees English.
    QString allSources;
    QFile list(QStringLiteral(TRIALDESK_TRANSLATABLE_SOURCES_LIST));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList files = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        allSources += QString::fromUtf8(file.readAll());
    }

    static const QRegularExpression guessed(QStringLiteral("Class '([^']+)' lacks Q_OBJECT macro"));
    QSet<QString> wrongContexts;
    for (auto it = guessed.globalMatch(m_lupdateOutput); it.hasNext();) {
        const QString context = it.next().captured(1);
        if (!allSources.contains(QLatin1Char('"') + context + QLatin1Char('"')))
            wrongContexts.insert(context);
    }
    QStringList problems;
    for (const Message &message : m_updated[0].messages) {
        if (wrongContexts.contains(message.context))
            problems << message.describe();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) are filed under a context that the code never asks for, so they "
                                       "are never translated. Give the class Q_DECLARE_TR_FUNCTIONS(<its full name>) "
                                       "or call QCoreApplication::translate(\"<context>\", \"...\") outside classes:")
                            .arg(problems.size())
                        + joinProblems(problems)));
}

void TestTranslations::compiledCataloguesGiveEveryTranslation_data()
{
    catalogueIsCompleteAndCurrent_data();
}

void TestTranslations::compiledCataloguesGiveEveryTranslation()
{
    QFETCH(int, index);
    const QString name = QLatin1String(kCatalogues[index]);
    const Catalogue committed = readCatalogue(committedCatalogue(name));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QString qm = name;
    qm.replace(QLatin1String(".ts"), QLatin1String(".qm"));

    QTranslator translator;
    QVERIFY2(translator.load(qm, QStringLiteral(TRIALDESK_QM_DIR)),
             qPrintable(QStringLiteral("cannot load %1 from %2").arg(qm, QStringLiteral(TRIALDESK_QM_DIR))));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), QLatin1String(kLanguages[index]));

    QStringList problems;
    int checked = 0;
    for (const Message &message : committed.messages) {
        if (!message.finished())
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        // French and English both use the first form for 1 and the second for 2.
        const QList<int> counts = message.numerus ? QList<int> { 1, 2 } : QList<int> { -1 };
        for (int form = 0; form < counts.size(); ++form) {
            const QString got
                = translator.translate(context.constData(), source.constData(), disambiguation, counts.at(form));
            if (got != message.translations.at(form))
                problems << QStringLiteral("\"%1\" instead of \"%2\": ").arg(got, message.translations.at(form))
                        + message.describe();
            ++checked;
        }
    }
    QVERIFY(checked > 100);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 is out of date with %2 (rebuild trialdesk_translations):").arg(qm, name)
                        + joinProblems(problems)));
}

void TestTranslations::frenchCatalogueTranslatesKnownStrings()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("trialdesk_fr_CA.qm"), QStringLiteral(TRIALDESK_QM_DIR)));
    QCOMPARE(translator.translate("Role", "Administrator"), QStringLiteral("Administrateur"));
    QCOMPARE(translator.translate("Section", "Audit trail"), QStringLiteral("Piste de vérification"));
    QCOMPARE(translator.translate("trialdesk::gui::LoginDialog", "&Sign in"), QStringLiteral("&Se connecter"));
    const char *plural = "Too many wrong passwords. Try again in %n minute(s).";
    QCOMPARE(translator.translate("trialdesk::core::TrialSession", plural, nullptr, 1),
             QStringLiteral("Trop de mots de passe erronés. Réessayez dans %n minute."));
    QCOMPARE(translator.translate("trialdesk::core::TrialSession", plural, nullptr, 5),
             QStringLiteral("Trop de mots de passe erronés. Réessayez dans %n minutes."));
    // A string the catalogue does not hold is not translated (the caller falls back to the source).
    QVERIFY(translator.translate("Role", "No such role").isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
