#include "core/storage/SqlCipherResult.h"

#include "core/storage/SqlCipherDriver.h"
#include "core/storage/SqliteSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlField>
#include <QTime>

#include <sqlite3.h>

#include <limits>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace trialdesk::core {

namespace {

// Qt 6 no longer treats a null QString or QByteArray inside a QVariant as null; a database does.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    default:
        return false;
    }
}

// The first keyword of a statement, after white space and comments.
QString firstKeyword(const QString &sql)
{
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        if (sql.at(i).isSpace()) {
            ++i;
        } else if (sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end + 1;
        } else if (sql.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else {
            break;
        }
    }
    qsizetype end = i;
    while (end < n && sql.at(end).isLetter())
        ++end;
    return sql.mid(i, end - i).toUpper();
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalizeStatement();
    // driver() is a guarded pointer: it is null if the connection was removed before this query.
    if (const auto *owner = static_cast<const SqlCipherDriver *>(driver()))
        owner->unregisterResult(this);
}

void SqlCipherResult::finalizeStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    clearResultSet();
    m_done = true;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

sqlite3 *SqlCipherResult::connection() const
{
    const auto *owner = static_cast<const SqlCipherDriver *>(driver());
    return owner ? owner->connection() : nullptr;
}

bool SqlCipherResult::fail(const QString &text, QSqlError::ErrorType type)
{
    setLastError(QSqlError(text, QString(), type));
    setActive(false);
    return false;
}

bool SqlCipherResult::failWithSqlite(const QString &text)
{
    setLastError(sqlite::lastError(connection(), text, QSqlError::StatementError));
    setActive(false);
    return false;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalizeStatement();
    m_record = QSqlRecord();
    m_columnTypes.clear();
    sqlite3 *db = connection();
    if (!db)
        return fail(QCoreApplication::translate("trialdesk::core::SqlCipherDriver", "The database is not open."),
                    QSqlError::ConnectionError);

    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, &tail) != SQLITE_OK) {
        m_stmt = nullptr;
        return failWithSqlite(
            QCoreApplication::translate("trialdesk::core::SqlCipherDriver", "Could not prepare the SQL statement."));
    }
    if (!m_stmt)
        return fail(QCoreApplication::translate("trialdesk::core::SqlCipherDriver", "The SQL statement is empty."));
    // Only comments or white space may follow: a second statement would silently not run.
    if (tail && *tail) {
        sqlite3_stmt *next = nullptr;
        const int rc = sqlite3_prepare_v2(db, tail, -1, &next, nullptr);
        sqlite3_finalize(next);
        if (rc != SQLITE_OK || next) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            return fail(QCoreApplication::translate(
                "trialdesk::core::SqlCipherDriver",
                "Only one SQL statement can run at a time. Run each statement separately."));
        }
    }

    const QString keyword = firstKeyword(query);
    if (keyword == QLatin1String("INSERT") || keyword == QLatin1String("REPLACE"))
        m_kind = StatementKind::Insert;
    else if (keyword == QLatin1String("UPDATE") || keyword == QLatin1String("DELETE"))
        m_kind = StatementKind::Modification;
    else
        m_kind = StatementKind::Other;
    buildRecord();
    return true;
}

bool SqlCipherResult::exec()
{
    clearResultSet();
    setAt(QSql::BeforeFirstRow);
    if (!m_stmt)
        return fail(QCoreApplication::translate("trialdesk::core::SqlCipherDriver",
                                                "There is no prepared SQL statement to execute."));
    sqlite3 *db = connection();
    if (!db)
        return fail(QCoreApplication::translate("trialdesk::core::SqlCipherDriver", "The database is not open."),
                    QSqlError::ConnectionError);

    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!bindValues()) {
        setActive(false);
        return false;
    }

    setSelect(sqlite3_column_count(m_stmt) > 0);
    m_done = false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_rows.append(readRow());
    } else if (rc == SQLITE_DONE) {
        m_done = true;
        if (!isSelect()) {
            const int changes = sqlite3_changes(db);
            m_rowsAffected = m_kind == StatementKind::Other ? 0 : changes;
            if (m_kind == StatementKind::Insert && changes > 0)
                m_lastInsertId = qlonglong(sqlite3_last_insert_rowid(db));
        }
        // Releases the statement's read snapshot; the bindings stay for a re-exec.
        sqlite3_reset(m_stmt);
    } else {
        const QSqlError error = sqlite::lastError(
            db, QCoreApplication::translate("trialdesk::core::SqlCipherDriver", "Could not execute the SQL statement."),
            QSqlError::StatementError);
        sqlite3_reset(m_stmt);
        m_done = true;
        setLastError(error);
        setActive(false);
        return false;
    }
    buildRecord();
    setActive(true);
    return true;
}

bool SqlCipherResult::bindValues()
{
    const int parameterCount = sqlite3_bind_parameter_count(m_stmt);
    const QList<QVariant> &values = boundValues();
    // Qt gives each bound value the name of its placeholder: the user's ":name" (repeated for a name used twice),
    // or the name Qt wrote in place of a "?" when it prepared the statement. SQLite numbers each distinct name once.
    QHash<QString, int> valueIndexByName;
    for (int k = 0; k < values.size(); ++k)
        valueIndexByName.insert(boundValueName(k), valueIndexByName.value(boundValueName(k), k));

    for (int parameter = 1; parameter <= parameterCount; ++parameter) {
        const char *rawName = sqlite3_bind_parameter_name(m_stmt, parameter);
        // An anonymous "?" reaches SQLite only when Qt did not prepare the text (QSqlQuery::exec(QString)).
        const QString name = rawName ? QString::fromUtf8(rawName) : QStringLiteral("?");
        const int index = rawName ? valueIndexByName.value(name, -1) : parameter - 1;
        if (index < 0 || index >= values.size())
            return fail(QCoreApplication::translate(
                            "trialdesk::core::SqlCipherDriver",
                            "No value was bound for the placeholder %1. Bind a value to every placeholder; "
                            "a statement uses either positional (?) or named (:name) placeholders, not both.")
                            .arg(name));
        if (!bindValue(parameter, values.at(index)))
            return false;
    }
    for (auto it = valueIndexByName.cbegin(); it != valueIndexByName.cend(); ++it) {
        if (sqlite3_bind_parameter_index(m_stmt, it.key().toUtf8().constData()) == 0 && parameterCount > 0
            && sqlite3_bind_parameter_name(m_stmt, 1))
            return fail(
                QCoreApplication::translate("trialdesk::core::SqlCipherDriver",
                                            "More values were bound than the statement has placeholders (%1 has no "
                                            "placeholder). Check the values bound to the query.")
                    .arg(it.key()));
    }
    if (parameterCount == 0 && !values.isEmpty())
        return fail(
            QCoreApplication::translate("trialdesk::core::SqlCipherDriver",
                                        "Values were bound to a statement without placeholders. Check the query."));
    return true;
}

bool SqlCipherResult::bindValue(int parameter, const QVariant &value)
{
    int rc = SQLITE_OK;
    const auto bindText = [&](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text64(m_stmt, parameter, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    };
    if (isNullValue(value)) {
        rc = sqlite3_bind_null(m_stmt, parameter);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_stmt, parameter, value.toBool() ? 1 : 0);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_stmt, parameter, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong unsignedValue = value.toULongLong();
            if (unsignedValue > qulonglong(std::numeric_limits<qint64>::max()))
                return fail(QCoreApplication::translate("trialdesk::core::SqlCipherDriver",
                                                        "The value %1 is too large for a 64-bit signed integer column.")
                                .arg(unsignedValue));
            rc = sqlite3_bind_int64(m_stmt, parameter, qint64(unsignedValue));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, parameter, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            // A zero-length blob with a null data pointer would be stored as NULL.
            rc = bytes.isEmpty() ? sqlite3_bind_zeroblob(m_stmt, parameter, 0)
                                 : sqlite3_bind_blob64(m_stmt, parameter, bytes.constData(),
                                                       sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QDateTime:
            rc = bindText(value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QDate:
            rc = bindText(value.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QTime:
            rc = bindText(value.toTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QString:
            rc = bindText(value.toString());
            break;
        default:
            if (!value.canConvert<QString>())
                return fail(QCoreApplication::translate("trialdesk::core::SqlCipherDriver",
                                                        "A value of type %1 cannot be stored in the database.")
                                .arg(QString::fromLatin1(value.metaType().name())));
            rc = bindText(value.toString());
            break;
        }
    }
    if (rc != SQLITE_OK)
        return failWithSqlite(QCoreApplication::translate("trialdesk::core::SqlCipherDriver",
                                                          "Could not bind a value to the SQL statement."));
    return true;
}

bool SqlCipherResult::stepRow()
{
    if (m_done || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        // Forward-only results keep just the row being read.
        if (isForwardOnly()) {
            m_firstCachedRow += int(m_rows.size());
            m_rows.clear();
        }
        m_rows.append(readRow());
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        m_stepFailed = true;
        setLastError(sqlite::lastError(connection(),
                                       QCoreApplication::translate("trialdesk::core::SqlCipherDriver",
                                                                   "Could not read the next row of the result."),
                                       QSqlError::StatementError));
    }
    sqlite3_reset(m_stmt);
    return false;
}

QVariantList SqlCipherResult::readRow() const
{
    const int columns = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(columns);
    const QSql::NumericalPrecisionPolicy policy = numericalPrecisionPolicy();
    for (int column = 0; column < columns; ++column) {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER: {
            const qint64 value = sqlite3_column_int64(m_stmt, column);
            // The precision policy is about floating point; only the 32-bit policy narrows integers.
            if (policy == QSql::LowPrecisionInt32)
                row << QVariant(int(value));
            else
                row << QVariant(qlonglong(value));
            break;
        }
        case SQLITE_FLOAT: {
            const double value = sqlite3_column_double(m_stmt, column);
            if (policy == QSql::LowPrecisionInt32)
                row << QVariant(int(value));
            else if (policy == QSql::LowPrecisionInt64)
                row << QVariant(qlonglong(value));
            else
                row << QVariant(value);
            break;
        }
        case SQLITE_TEXT: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
            const int bytes = sqlite3_column_bytes(m_stmt, column);
            // An empty text is a non-null empty string, unlike NULL.
            row << QVariant(bytes > 0 ? QString::fromUtf8(text, bytes) : QString(QLatin1String("")));
            break;
        }
        case SQLITE_BLOB: {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
            const int bytes = sqlite3_column_bytes(m_stmt, column);
            row << QVariant(bytes > 0 ? QByteArray(data, bytes) : QByteArray(""));
            break;
        }
        default:
            row << QVariant();
            break;
        }
    }
    return row;
}

void SqlCipherResult::buildRecord()
{
    m_record = QSqlRecord();
    m_columnTypes.clear();
    if (!m_stmt)
        return;
    const int columns = sqlite3_column_count(m_stmt);
    for (int column = 0; column < columns; ++column) {
        const char *declared = sqlite3_column_decltype(m_stmt, column);
        QMetaType type = sqlite::metaTypeForDeclaredType(declared ? QString::fromUtf8(declared) : QString());
        // An expression has no declared type: take it from the first row when there is one.
        if (!type.isValid() && !m_rows.isEmpty() && m_firstCachedRow == 0 && m_rows.first().at(column).isValid())
            type = m_rows.first().at(column).metaType();
        if (!type.isValid())
            type = QMetaType::fromType<QString>();
        const char *table = sqlite3_column_table_name(m_stmt, column);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, column)), type,
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
        m_columnTypes << type;
    }
}

const QVariant *SqlCipherResult::currentValue(int field) const
{
    const int row = at() - m_firstCachedRow;
    if (row < 0 || row >= m_rows.size() || field < 0 || field >= m_rows.at(row).size())
        return nullptr;
    return &m_rows.at(row).at(field);
}

QVariant SqlCipherResult::data(int field)
{
    const QVariant *value = currentValue(field);
    if (!value)
        return QVariant();
    if (!value->isValid())
        return QVariant(m_columnTypes.value(field, QMetaType::fromType<QString>()));
    return *value;
}

bool SqlCipherResult::isNull(int field)
{
    const QVariant *value = currentValue(field);
    return !value || !value->isValid();
}

bool SqlCipherResult::fetch(int row)
{
    if (row < 0 || row < m_firstCachedRow)
        return false;
    while (row >= m_firstCachedRow + m_rows.size()) {
        if (!stepRow())
            return false;
    }
    setAt(row);
    return true;
}

void SqlCipherResult::releaseSnapshot()
{
    if (!m_stmt || m_done || isForwardOnly())
        return;
    // Reading the rest now keeps the rows of the same snapshot, then stepRow() resets the statement.
    while (stepRow()) { }
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    while (stepRow()) { }
    if (m_stepFailed || m_rows.isEmpty())
        return false;
    setAt(m_firstCachedRow + int(m_rows.size()) - 1);
    return true;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return isSelect() ? -1 : m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    clearResultSet();
}

void SqlCipherResult::clearResultSet()
{
    m_rows.clear();
    m_firstCachedRow = 0;
    m_done = true;
    m_stepFailed = false;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
}

} // namespace trialdesk::core
