#include "core/sql/SqlScript.h"

#include "core/sql/SqlUtil.h"

#include <QCoreApplication>

namespace trialdesk::core {

namespace {

bool isTagCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The dollar-quote tag starting at `at` ("$$" or "$name$"), or empty if none starts there. A tag
// cannot start with a digit ($1 is a parameter).
QString dollarTagAt(const QString &script, qsizetype at)
{
    if (script.at(at) != QLatin1Char('$'))
        return {};
    qsizetype end = at + 1;
    if (end < script.size() && script.at(end).isDigit())
        return {};
    while (end < script.size() && isTagCharacter(script.at(end)))
        ++end;
    if (end < script.size() && script.at(end) == QLatin1Char('$'))
        return script.mid(at, end - at + 1);
    return {};
}

// True if the text holds something other than blanks and comments.
bool hasCode(const QString &statement)
{
    qsizetype i = 0;
    const qsizetype n = statement.size();
    while (i < n) {
        const QChar c = statement.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (statement.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = statement.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end + 1;
        } else if (statement.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = statement.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else {
            return true;
        }
    }
    return false;
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    const qsizetype n = script.size();
    qsizetype start = 0;
    qsizetype i = 0;
    const auto finish = [&](qsizetype end) {
        const QString statement = script.mid(start, end - start).trimmed();
        if (hasCode(statement))
            statements.append(statement);
    };
    while (i < n) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A doubled quote inside is part of the text, which the scan handles as two quotes.
            const qsizetype end = script.indexOf(c, i + 1);
            i = end < 0 ? n : end + 1;
        } else if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end + 1;
        } else if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            int depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (script.mid(i, 2) == QLatin1String("/*")) {
                    ++depth;
                    i += 2;
                } else if (script.mid(i, 2) == QLatin1String("*/")) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
        } else if (c == QLatin1Char('$') && (i == 0 || !isTagCharacter(script.at(i - 1)))) {
            const QString tag = dollarTagAt(script, i);
            if (tag.isEmpty()) {
                ++i;
            } else {
                const qsizetype end = script.indexOf(tag, i + tag.size());
                i = end < 0 ? n : end + tag.size();
            }
        } else if (c == QLatin1Char(';')) {
            finish(i);
            start = ++i;
        } else {
            ++i;
        }
    }
    finish(n);
    return statements;
}

Result<QSqlQuery> execSchemaStatement(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return storageError(QCoreApplication::translate("trialdesk::core::SqlUtil", "Could not run a query"), query);
    return query;
}

} // namespace trialdesk::core
