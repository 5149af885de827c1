#pragma once

// The published test vectors (tests/data/vectors/...): a header of "# key: value" lines, then a
// CSV table with its column line. One reader for every suite that checks an implementation against
// them (the C++ engine, the specification's own Python, the server's PL/pgSQL, minimization).
// Header-only, Qt Core and Qt Test: the randomization tests link no support library.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTest>

namespace trialdesk::test {

struct VectorFile
{
    bool read = false; // false: the file could not be opened
    QMap<QString, QString> header; // "seed" -> "ffff...", "arms" -> "A:2,B:1" ...
    QString columns; // "sequence,block_number,block_size,position_in_block,arm"
    QStringList rows; // the table's lines, without the column line

    QString value(const char *key) const { return header.value(QLatin1String(key)); }
};

inline VectorFile readVectorFile(const QString &path)
{
    VectorFile vector;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return vector;
    vector.read = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0)
                vector.header.insert(line.mid(1, colon - 1).trimmed(), line.mid(colon + 1).trimmed());
        } else if (vector.columns.isEmpty()) {
            vector.columns = line;
        } else {
            vector.rows.append(line);
        }
    }
    return vector;
}

// The data rows of a test that runs once per vector file: a "path" column, one row per file of
// tests/data/vectors/<folder> matching `pattern`, named after the file. At least `atLeast` files.
inline void addVectorFileRows(const QString &folder, const QString &pattern = QStringLiteral("*.csv"),
                              qsizetype atLeast = 1)
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(TRIALDESK_TEST_DATA_DIR "/vectors/") + folder);
    const QStringList files = dir.entryList({ pattern }, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= atLeast, qPrintable(dir.absolutePath()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

} // namespace trialdesk::test
