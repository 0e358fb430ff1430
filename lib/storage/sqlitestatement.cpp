#include "sqlitestatement.h"

#include <sqlite3.h>

namespace liaison {

namespace {

// Debian's SQLite is built without lookaside memory (SQLITE_OMIT_LOOKASIDE), so
// every statement run takes its cursors and record buffers from the heap, and
// each allocation and free went through a global mutex and the memory
// statistics: a sixth of the import writer's instructions. Nothing reads the
// statistics; without them an allocation is malloc. SQLite accepts this only
// before it initializes, hence at static initialization (before any
// connection opens); later it is refused and changes nothing.
[[maybe_unused]] const int kMemStatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql) : m_sql(sql)
{
    // PERSISTENT: these live as long as the connection.
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

void SqliteStatement::bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }

void SqliteStatement::bind(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        bindText(index, text);
}

void SqliteStatement::bindText(int index, QStringView text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC); // '', not NULL
        return;
    }
    QByteArray &buffer = m_text.at(size_t(index - 1));
    const qsizetype room = m_encoder.requiredSpace(text.size());
    if (buffer.size() < room)
        buffer.resize(room);
    char *const begin = buffer.data();
    const char *const end = m_encoder.appendToBuffer(begin, text);
    if (m_encoder.hasError()) {
        // Lone surrogates: Qt would write replacement characters where
        // SQLite (and so the Qt driver) keeps the code units; as the driver.
        m_encoder.resetState();
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        return;
    }
    sqlite3_bind_text(m_stmt, index, begin, int(end - begin), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

void SqliteStatement::bindNullable(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        bind(index, text);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    // What the Qt driver does with these types.
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: bind(index, value.toDouble()); break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: bind(index, value.toLongLong()); break;
    case QMetaType::QString: bind(index, *static_cast<const QString *>(value.constData())); break;
    default: {
        bindText(index, value.toString()); // copied: the converted string dies here
    }
    }
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    return false;
}

bool SqliteStatement::exec()
{
    m_ok = true;
    while (next()) {
    }
    const bool ok = m_ok;
    if (ok)
        reset();
    return ok; // on error, reset() by the caller after reading the message
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_ok = true;
}

qint64 SqliteStatement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

double SqliteStatement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString SqliteStatement::text(int column) const
{
    // Read back as the Qt driver reads (SQLite's own UTF-16), so text that is
    // not valid UTF-8 comes back alike; the writer reads little.
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / qsizetype(sizeof(char16_t)));
}

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(int64(column)));
    case SQLITE_FLOAT: return QVariant(real(column));
    case SQLITE_NULL: return QVariant();
    default: return QVariant(text(column));
    }
}

} // namespace liaison
