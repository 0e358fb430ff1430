#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace liaison {

// A prepared statement run through SQLite's C API on a Database's own
// connection (Database::sqlite), for the import writer's hot statements:
// binding by index without QVariant, no per-execution metadata. QSqlQuery
// spent about as long binding and converting as SQLite spent executing.
// Values are bound as the Qt driver binds them (a null QString as NULL), so
// the rows are the same either way. Reset after every use, so no statement
// keeps a read snapshot open.
//
// Text is bound as UTF-8, encoded by Qt into a buffer per parameter that the
// statement keeps (and reuses): bound as UTF-16, SQLite converted every
// string to the database's UTF-8 in a heap copy of its own, character by
// character.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    const QByteArray &sql() const { return m_sql; }

    // Indexes from 1, as in SQL. Text is copied; bindUtf8's must outlive the execution.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &text); // a null QString binds NULL
    void bindNull(int index);
    void bindNullable(int index, const QString &text); // empty binds NULL (sql::nullableText)
    void bind(int index, const QVariant &value);        // null, double, integer or text
    void bindUtf8(int index, const QByteArray &utf8);    // NULL when null

    // Steps once: true while a row is there. Check ok() after the last.
    bool next();
    // Runs to completion; false on error.
    bool exec();
    bool ok() const { return m_ok; }
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const; // as QSqlQuery::value gives it

private:
    void bindText(int index, QStringView text);

    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql;
    std::vector<QByteArray> m_text; // UTF-8 of the text bound to each parameter
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    bool m_ok = true;
};

} // namespace liaison
