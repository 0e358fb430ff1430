#include "sqldialect.h"

#include <QRegularExpression>

namespace liaison {

QString SqlDialect::autoIdColumn() const
{
    return m_kind == Kind::SQLite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                  : QStringLiteral("BIGSERIAL PRIMARY KEY");
}

QString SqlDialect::insertIgnorePrefix() const
{
    return m_kind == Kind::SQLite ? QStringLiteral("INSERT OR IGNORE INTO ") : QStringLiteral("INSERT INTO ");
}

QString SqlDialect::insertIgnoreSuffix() const
{
    return m_kind == Kind::SQLite ? QString() : QStringLiteral(" ON CONFLICT DO NOTHING");
}

QString SqlDialect::returningId() const
{
    return m_kind == Kind::SQLite ? QString() : QStringLiteral(" RETURNING id");
}

QStringList SqlDialect::createFullTextIndex() const
{
    if (m_kind == Kind::PostgreSQL) {
        // A generated tsvector column with a GIN index replaces FTS5 there.
        return {QStringLiteral("ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
                               "(to_tsvector('simple', coalesce(title,'') || ' ' || text)) STORED"),
                QStringLiteral("CREATE INDEX articles_search ON articles USING GIN (search)")};
    }
    // External-content FTS5 table: the text is stored once, in articles; the
    // triggers keep the index in step with every insert, update and delete.
    return {
        QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                       "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"),
        QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
                       "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
                       "VALUES ('delete', old.id, old.title, old.text); END"),
        QStringLiteral("CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
                       "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
                       "VALUES ('delete', old.id, old.title, old.text); "
                       "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"),
    };
}

QStringList SqlDialect::deferFullTextIndex() const
{
    if (m_kind == Kind::PostgreSQL)
        return {};
    // An article is indexed when its row is in the index's docsize table (one
    // row per indexed document); a 'delete' of a document never indexed would
    // corrupt the index, hence the WHEN clauses.
    return {
        QStringLiteral("DROP TRIGGER articles_fts_insert"),
        QStringLiteral("DROP TRIGGER articles_fts_delete"),
        QStringLiteral("DROP TRIGGER articles_fts_update"),
        QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles "
                       "WHEN EXISTS (SELECT 1 FROM articles_fts_docsize WHERE id = old.id) BEGIN "
                       "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
                       "VALUES ('delete', old.id, old.title, old.text); END"),
        QStringLiteral("CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles "
                       "WHEN EXISTS (SELECT 1 FROM articles_fts_docsize WHERE id = old.id) BEGIN "
                       "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
                       "VALUES ('delete', old.id, old.title, old.text); "
                       "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"),
    };
}

QString SqlDialect::fullTextIndexRow() const
{
    if (m_kind == Kind::PostgreSQL)
        return {};
    return QStringLiteral("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)");
}

QString SqlDialect::fullTextIndexFrom() const
{
    if (m_kind == Kind::PostgreSQL)
        return {};
    // A range of the rowid, each row looked up in docsize by its key: only the
    // articles of the batch are read.
    return QStringLiteral("INSERT INTO articles_fts(rowid, title, text) SELECT a.id, a.title, a.text FROM articles a "
                          "WHERE a.id >= ? AND NOT EXISTS (SELECT 1 FROM articles_fts_docsize d WHERE d.id = a.id) "
                          "ORDER BY a.id");
}

QString SqlDialect::fullTextSearch() const
{
    if (m_kind == Kind::PostgreSQL) {
        return QStringLiteral("SELECT id, title, ts_headline('simple', text, q) AS snippet, ts_rank(search, q) AS rank "
                              "FROM articles, plainto_tsquery('simple', :query) q WHERE search @@ q "
                              "ORDER BY rank DESC LIMIT :limit");
    }
    return QStringLiteral("SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet, "
                          "bm25(articles_fts) AS rank FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                          "WHERE articles_fts MATCH :query ORDER BY rank LIMIT :limit");
}

QString SqlDialect::fullTextQuery(const QString &userInput) const
{
    if (m_kind == Kind::PostgreSQL)
        return userInput;
    // Each word becomes a quoted FTS5 string, so operators and punctuation
    // typed by the user are searched for rather than parsed.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = userInput.split(separators, Qt::SkipEmptyParts);
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words)
        quoted << u'"' + word + u'"';
    return quoted.join(u' ');
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_kind == Kind::PostgreSQL)
        return {};
    // WAL with synchronous NORMAL syncs only at checkpoints; checkpointing every
    // 32 MB instead of 4 MB, with a 32 MB page cache, spares an import most of
    // its fsyncs (a 300-article import on disk: ~2.8 s -> ~2.3 s).
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA busy_timeout = 10000"),
            QStringLiteral("PRAGMA wal_autocheckpoint = 8192"), QStringLiteral("PRAGMA cache_size = -32768")};
}

} // namespace liaison
