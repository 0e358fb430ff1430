#include "database.h"

#include "articlestore.h"
#include "entitystore.h"
#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlDriver>
#include <QStandardPaths>

#include <sqlite3.h>

namespace liaison {

namespace {

Q_LOGGING_CATEGORY(lcDatabase, "liaison.storage", QtInfoMsg)

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

QString tr(const char *text) { return QCoreApplication::translate("liaison::Database", text); }

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("liaison-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database() = default;

Database::~Database() { close(); }

int Database::currentSchemaVersion()
{
    static const int version = schemaMigrations(SqlDialect()).constLast().version;
    return version;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/liaison.sqlite");
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

bool Database::isOpen() const { return !m_connectionName.isEmpty() && connection().isOpen(); }

bool Database::checkFileHeader(const QString &path)
{
    // Read the header ourselves before SQLite sees the file: SQLite would
    // happily treat some non-database files as damaged databases and write to them.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() == 0)
        return true; // an empty file is a new database
    const QByteArray header = file.read(16);
    if (header != QByteArray(kSqliteMagic, 16)) {
        m_error = tr("%1 is not a SQLite database; it was left untouched").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool Database::open(const QString &path, OpenMode mode)
{
    close();
    m_error.clear();
    if (path.isEmpty()) {
        m_error = tr("no database path given");
        return false;
    }
    if (path.startsWith(QLatin1StringView("postgresql://")) || path.startsWith(QLatin1StringView("postgres://"))) {
        m_error = tr("PostgreSQL databases are not supported by this build yet");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir()) {
            m_error = tr("%1 is a folder, not a database").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!checkFileHeader(path))
            return false;
    } else {
        if (mode == OpenMode::MustExist) {
            m_error = tr("database %1 does not exist").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
    }

    m_connectionName = nextConnectionName();
    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            m_error = tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text());
            close();
            return false;
        }
        // The driver's own handle: the C API statements share its connection
        // and its transactions. Only when the driver says it is a sqlite3*.
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    }

    // Look before writing anything: the version check only reads.
    {
        QSqlQuery tables = prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        if (!tables.exec()) {
            m_error = tr("%1 is not a readable SQLite database (%2); it was left untouched")
                          .arg(QDir::toNativeSeparators(path), tables.lastError().text());
            tables = QSqlQuery();
            close();
            return false;
        }
        bool hasMeta = false;
        int tableCount = 0;
        while (tables.next()) {
            ++tableCount;
            hasMeta = hasMeta || tables.value(0).toString() == u"liaison_meta";
        }
        if (tableCount > 0 && !hasMeta) {
            m_error = tr("%1 is a SQLite database of another application; it was left untouched")
                          .arg(QDir::toNativeSeparators(path));
            tables = QSqlQuery();
            close();
            return false;
        }
        m_schemaVersion = 0;
        if (hasMeta) {
            QSqlQuery version = prepare(QStringLiteral("SELECT value FROM liaison_meta WHERE key = 'schema_version'"));
            if (version.exec() && version.next())
                m_schemaVersion = version.value(0).toInt();
        }
    }
    if (m_schemaVersion > currentSchemaVersion()) {
        m_error = tr("%1 was made by a newer version of Liaison (schema %2, this build reads up to %3); "
                     "it was left untouched")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(m_schemaVersion)
                      .arg(currentSchemaVersion());
        close();
        return false;
    }

    for (const QString &statement : m_dialect.connectionSetup()) {
        QSqlQuery query = prepare(statement);
        if (!query.exec()) {
            m_error = tr("cannot configure %1: %2").arg(QDir::toNativeSeparators(path), query.lastError().text());
            query = QSqlQuery();
            close();
            return false;
        }
    }
    if (!migrate() || !recountIfPending()) {
        close();
        return false;
    }
    return true;
}

bool Database::recountIfPending()
{
    if (m_dialect.kind() != SqlDialect::Kind::SQLite)
        return true;
    // An import that writes the entities' counts in batches (ArticleWriter::
    // setCountBatch) marks the database until they are written; a mark found
    // here is from an import that died, or one still running (whose writer
    // then recounts its own entities after this commits). Recounting from the
    // rows is right in both cases. The same for the search index
    // (setSearchBatch): the articles from the marked one on that are not
    // indexed are indexed here; a running writer's own batch then finds them
    // indexed and skips them.
    bool counts = false;
    std::optional<qint64> searchFrom;
    {
        QSqlQuery pending = prepare(
            QStringLiteral("SELECT key, value FROM liaison_meta WHERE key IN ('counts_pending', 'fts_pending')"));
        if (!exec(pending))
            return false;
        while (pending.next()) {
            if (pending.value(0).toString() == u"counts_pending")
                counts = true;
            else
                searchFrom = pending.value(1).toLongLong();
        }
    }
    if (!counts && !searchFrom)
        return true;
    Transaction tx(*this);
    if (!tx.isActive()) {
        m_error = tr("cannot repair %1 after an interrupted import: %2").arg(QDir::toNativeSeparators(m_path), m_error);
        return false;
    }
    if (counts) {
        qCDebug(lcDatabase) << "recounting the entities of" << m_path << "after an interrupted import";
        if (!EntityStore(*this).refreshAllCounts()
            || !exec(QStringLiteral("DELETE FROM liaison_meta WHERE key = 'counts_pending'"))) {
            m_error = tr("cannot recount the entities of %1: %2").arg(QDir::toNativeSeparators(m_path), m_error);
            return false;
        }
    }
    if (searchFrom) {
        qCDebug(lcDatabase) << "indexing the articles of" << m_path << "from" << *searchFrom << "for search";
        if (!ArticleStore(*this).indexFrom(*searchFrom)
            || !exec(QStringLiteral("DELETE FROM liaison_meta WHERE key = 'fts_pending'"))) {
            m_error = tr("cannot index the articles of %1 for search: %2")
                          .arg(QDir::toNativeSeparators(m_path), m_error);
            return false;
        }
    }
    if (!tx.commit()) {
        m_error = tr("cannot repair %1 after an interrupted import: %2").arg(QDir::toNativeSeparators(m_path), m_error);
        return false;
    }
    return true;
}

bool Database::migrate()
{
    for (const Migration &migration : schemaMigrations(m_dialect)) {
        if (migration.version <= m_schemaVersion)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return false;
        QStringList statements = migration.statements;
        if (m_schemaVersion == 0)
            statements.prepend(QStringLiteral("CREATE TABLE liaison_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        for (const QString &statement : std::as_const(statements)) {
            if (!exec(statement)) {
                m_error = tr("migration to schema %1 failed: %2").arg(migration.version).arg(m_error);
                return false;
            }
        }
        const bool recorded = m_schemaVersion == 0
            ? exec(QStringLiteral("INSERT INTO liaison_meta (key, value) VALUES ('schema_version', :v)"),
                   {{":v", QString::number(migration.version)}})
            : exec(QStringLiteral("UPDATE liaison_meta SET value = :v WHERE key = 'schema_version'"),
                   {{":v", QString::number(migration.version)}});
        if (!recorded || !tx.commit()) {
            m_error = tr("migration to schema %1 failed: %2").arg(migration.version).arg(m_error);
            return false;
        }
        qCDebug(lcDatabase) << "migrated" << m_path << "to schema" << migration.version;
        m_schemaVersion = migration.version;
    }
    return true;
}

void Database::close()
{
    m_statements.clear();
    m_sqliteByAddress.clear();
    m_sqliteStatements.clear(); // finalized before the driver closes the connection
    m_sqlite = nullptr;
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_transactionDepth = 0;
    m_rollbackOnly = false;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcDatabase) << "cannot prepare" << sql << query.lastError().text();
    }
    return query;
}

QSqlQuery &Database::cached(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<QSqlQuery>(prepare(sql))).first;
    it->second->finish(); // a statement left mid-iteration is reset before reuse
    return *it->second;
}

SqliteStatement *Database::sqlite(const QByteArray &sql) const
{
    if (!m_sqlite || !m_useSqliteStatements)
        return nullptr;
    // Raw data (fromRawData) at a known address may have changed since, hence the comparison.
    const auto known = m_sqliteByAddress.find(sql.constData());
    if (known != m_sqliteByAddress.end() && known->second->sql() == sql)
        return known->second;
    auto it = m_sqliteStatements.find(sql);
    if (it == m_sqliteStatements.end()) {
        auto statement = std::make_unique<SqliteStatement>(m_sqlite, sql);
        if (!statement->isValid()) {
            qCWarning(lcDatabase) << "cannot prepare" << sql << sqlite3_errmsg(m_sqlite);
            return nullptr;
        }
        it = m_sqliteStatements.emplace(sql, std::move(statement)).first;
    }
    if (sql.capacity() == 0) // a literal's (or raw) data, not a buffer of the caller's
        m_sqliteByAddress.insert_or_assign(sql.constData(), it->second.get());
    return it->second.get();
}

bool Database::exec(SqliteStatement &statement)
{
    if (statement.exec())
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    qCWarning(lcDatabase) << "statement failed:" << statement.sql() << m_error;
    statement.reset();
    return false;
}

qint64 Database::lastInsertRowId() const { return m_sqlite ? sqlite3_last_insert_rowid(m_sqlite) : 0; }

qint64 Database::totalChanges() const { return m_sqlite ? sqlite3_total_changes64(m_sqlite) : -1; }

bool Database::execSimple(const char *sql)
{
    if (SqliteStatement *statement = sqlite(QByteArray::fromRawData(sql, qsizetype(qstrlen(sql)))))
        return exec(*statement);
    return exec(QString::fromLatin1(sql));
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    qCWarning(lcDatabase) << "statement failed:" << query.lastQuery() << m_error;
    return false;
}

qint64 Database::insert(QSqlQuery &query)
{
    if (!exec(query))
        return 0;
    if (m_dialect.kind() != SqlDialect::Kind::SQLite)
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

bool Database::exec(const QString &sql, std::initializer_list<std::pair<const char *, QVariant>> values)
{
    QSqlQuery &query = cached(sql);
    for (const auto &[name, value] : values)
        query.bindValue(QString::fromLatin1(name), value);
    const bool ok = exec(query);
    query.finish();
    return ok;
}

bool Database::transaction()
{
    if (m_transactionDepth++ > 0)
        return true;
    m_rollbackOnly = false;
    if (m_inGroup) {
        if (!m_groupBroken)
            return true; // the group's transaction is this one's
        m_error = tr("the transaction was rolled back after an error");
        m_transactionDepth = 0;
        return false;
    }
    // IMMEDIATE takes the write lock up front, so two writers wait on the busy
    // timeout instead of failing when a read transaction tries to upgrade.
    if (execSimple(m_dialect.kind() == SqlDialect::Kind::SQLite ? "BEGIN IMMEDIATE" : "BEGIN"))
        return true;
    m_transactionDepth = 0;
    return false;
}

bool Database::commit()
{
    if (m_transactionDepth == 0)
        return false;
    if (--m_transactionDepth > 0)
        return !m_rollbackOnly;
    if (m_rollbackOnly) {
        m_rollbackOnly = false;
        undo();
        return false;
    }
    if (m_inGroup || execSimple("COMMIT"))
        return true;
    undo();
    return false;
}

void Database::rollback()
{
    if (m_transactionDepth == 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true; // the outermost transaction will not commit
        return;
    }
    m_rollbackOnly = false;
    undo();
}

void Database::undo()
{
    // In a group, the whole group goes: a statement that failed half-way left
    // rows that nothing but the group's rollback removes.
    ++m_rollbackCount;
    const QString error = m_error; // the failure's reason, not the rollback's
    if (!m_groupBroken)
        execSimple("ROLLBACK");
    if (m_inGroup)
        m_groupBroken = true;
    m_error = error;
}

bool Database::beginGroup()
{
    if (m_inGroup || m_transactionDepth > 0) {
        m_error = tr("a transaction is already open");
        return false;
    }
    if (!execSimple(m_dialect.kind() == SqlDialect::Kind::SQLite ? "BEGIN IMMEDIATE" : "BEGIN"))
        return false;
    m_inGroup = true;
    m_groupBroken = false;
    return true;
}

bool Database::commitGroup()
{
    if (!m_inGroup || m_transactionDepth > 0) {
        m_error = tr("no group of transactions to commit");
        return false;
    }
    m_inGroup = false;
    if (m_groupBroken) {
        m_groupBroken = false;
        return false; // undo() rolled it back already, with the failure's reason kept
    }
    if (execSimple("COMMIT"))
        return true;
    const QString error = m_error;
    ++m_rollbackCount;
    execSimple("ROLLBACK");
    m_error = error;
    return false;
}

void Database::rollbackGroup()
{
    if (!m_inGroup)
        return;
    m_inGroup = false;
    m_transactionDepth = 0;
    m_rollbackOnly = false;
    ++m_rollbackCount;
    if (!m_groupBroken)
        execSimple("ROLLBACK");
    m_groupBroken = false;
}

} // namespace liaison
