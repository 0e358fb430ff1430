#pragma once

#include "sqldialect.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <unordered_map>
#include <utility>

namespace liaison {

// One connection to a Liaison database, owned by the thread that opened it (Qt
// 6.4 cannot move a connection between threads): another thread opens its own
// Database on the same path(). Opening checks, migrates and configures the file.
class Database
{
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and creates, with its folder, if allowed and missing) the SQLite
    // file at path, refusing untouched a file that is not a SQLite database or a
    // database of a newer schema version; then applies pending migrations.
    bool open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;

    // The schema version this build writes, and the one the open file has.
    static int currentSchemaVersion();
    int schemaVersion() const { return m_schemaVersion; }

    // QStandardPaths::AppDataLocation + "/liaison.sqlite".
    static QString defaultPath();

    // A prepared statement on this connection. Failures are logged and leave
    // lastError() set; exec() reports them.
    QSqlQuery prepare(const QString &sql) const;
    // The same, prepared once per connection and reused (parsing SQL was a
    // large share of the writer's time). Bind every value before exec(); do
    // not run the same SQL again while iterating its results.
    QSqlQuery &cached(const QString &sql) const;
    // The same through SQLite's C API, for the writer's hot statements: null
    // for another backend (or if SQLite cannot prepare it), and the caller
    // then runs the QSqlQuery version. Positional parameters (?) only.
    SqliteStatement *sqlite(const QByteArray &sql) const;
    // Off: every statement goes through QSqlQuery, as on PostgreSQL (tests
    // compare the two paths).
    void setSqliteStatements(bool on) { m_useSqliteStatements = on; }
    // Whether sqlite() gives statements (a SQLite connection, not turned off).
    bool hasSqliteStatements() const { return m_sqlite && m_useSqliteStatements; }
    // Executes it to the end and resets it; false (and errorString()) on failure.
    bool exec(SqliteStatement &statement);
    // The rowid of the last row inserted on this connection (SQLite).
    qint64 lastInsertRowId() const;
    // Rows changed on this connection since it opened (SQLite; -1 otherwise).
    qint64 totalChanges() const;
    // Prepares, binds and executes; returns false (and sets errorString()) on failure.
    bool exec(QSqlQuery &query);
    // Executes an INSERT (written with dialect().returningId()) and returns the
    // new row's id, or 0 on failure.
    qint64 insert(QSqlQuery &query);
    bool exec(const QString &sql, std::initializer_list<std::pair<const char *, QVariant>> values = {});

    // Nested calls are counted so a store method can open a transaction that
    // joins the caller's one: only the outermost commit commits.
    bool transaction();
    bool commit();
    void rollback();
    // How many transactions this connection rolled back: a cache of what the
    // database holds (ArticleWriter's) is stale once this moves.
    quint64 rollbackCount() const { return m_rollbackCount; }

    // A group: one database transaction around several outermost transactions
    // (an import stores many articles in one). While a group is open,
    // transaction() and commit() only count, and nothing is durable, or seen
    // by other connections, before commitGroup(). A rollback (or a failed
    // commit()) rolls the whole group back: every later transaction() fails,
    // and commitGroup() returns false, until the group ends — whoever opened
    // it must store its units again (Importer does, one transaction each).
    // A savepoint per unit would keep the others, but SQLite copies every
    // page a savepoint touches into its journal first: about a tenth of an
    // import's writer, for a failure that does not happen in practice.
    // False (and errorString()) on failure; a failed commitGroup() has rolled
    // the whole group back.
    bool beginGroup();
    bool commitGroup();
    void rollbackGroup();
    bool inGroup() const { return m_inGroup; }

    void setError(const QString &message) { m_error = message; }

private:
    bool checkFileHeader(const QString &path);
    bool migrate();
    bool recountIfPending();

    bool execSimple(const char *sql); // BEGIN/COMMIT/ROLLBACK
    // Rolls back the outermost transaction (the whole group, in one).
    void undo();

    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable std::unordered_map<QByteArray, std::unique_ptr<SqliteStatement>> m_sqliteStatements;
    // The same by where the caller's SQL text lies (a literal's address stays
    // put): hashing the whole text cost more than binding the values.
    mutable std::unordered_map<const char *, SqliteStatement *> m_sqliteByAddress;
    sqlite3 *m_sqlite = nullptr; // the Qt driver's connection, when it is SQLite
    bool m_useSqliteStatements = true;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    quint64 m_rollbackCount = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_inGroup = false;
    bool m_groupBroken = false; // rolled back while open: nothing more joins it
};

// Runs a transaction that rolls back unless commit() was called, so early
// returns and exceptions never leave half an article behind.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db), m_active(db.transaction()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active;
};

} // namespace liaison
