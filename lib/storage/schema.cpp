#include "schema.h"

#include "sqldialect.h"

namespace liaison {

QList<Migration> schemaMigrations(const SqlDialect &dialect)
{
    const QString id = dialect.autoIdColumn();
    QList<Migration> migrations;

    Migration v1;
    v1.version = 1;
    v1.statements = QStringList{
        // Dates are ISO 8601 text so SQLite and PostgreSQL sort them alike;
        // imported_at is UTC.
        u"CREATE TABLE articles (id " + id + u", sha256 TEXT NOT NULL UNIQUE, path TEXT, title TEXT, "
        u"source TEXT, author TEXT, url TEXT, published TEXT, language TEXT, imported_at TEXT NOT NULL, "
        u"text TEXT NOT NULL)",
        u"CREATE TABLE entities (id " + id + u", type TEXT NOT NULL, name TEXT NOT NULL, "
        u"normalized_name TEXT NOT NULL, notes TEXT, attributes TEXT)",
        QStringLiteral("CREATE INDEX entities_normalized ON entities (normalized_name)"),
        u"CREATE TABLE entity_aliases (id " + id + u", entity_id INTEGER NOT NULL REFERENCES entities (id) "
        u"ON DELETE CASCADE, alias TEXT NOT NULL, normalized TEXT NOT NULL, UNIQUE (entity_id, normalized))",
        QStringLiteral("CREATE INDEX entity_aliases_normalized ON entity_aliases (normalized)"),
        // target_id is NULL for raised; the unique index folds NULL to 0 so a
        // second "X raised" claim joins the same edge. Symmetric types are
        // stored with source_id < target_id.
        u"CREATE TABLE relations (id " + id + u", type TEXT NOT NULL, "
        u"source_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE, "
        u"target_id INTEGER REFERENCES entities (id) ON DELETE CASCADE, status TEXT NOT NULL, "
        u"amount REAL, currency TEXT, stake REAL, role TEXT, date TEXT)",
        QStringLiteral("CREATE UNIQUE INDEX relations_edge ON relations (type, source_id, COALESCE(target_id, 0))"),
        QStringLiteral("CREATE INDEX relations_target ON relations (target_id)"),
        u"CREATE TABLE claims (id " + id + u", relation_id INTEGER NOT NULL REFERENCES relations (id) "
        u"ON DELETE CASCADE, article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
        u"evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence TEXT, status TEXT NOT NULL, "
        u"amount REAL, currency TEXT, stake REAL, role TEXT, date TEXT, confidence REAL NOT NULL DEFAULT 0, "
        u"review TEXT NOT NULL DEFAULT 'unreviewed')",
        QStringLiteral("CREATE INDEX claims_relation ON claims (relation_id)"),
        QStringLiteral("CREATE INDEX claims_article ON claims (article_id)"),
        u"CREATE TABLE mentions (id " + id + u", entity_id INTEGER NOT NULL REFERENCES entities (id) "
        u"ON DELETE CASCADE, article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
        u"span_start INTEGER NOT NULL, span_end INTEGER NOT NULL)",
        QStringLiteral("CREATE INDEX mentions_entity ON mentions (entity_id)"),
        QStringLiteral("CREATE INDEX mentions_article ON mentions (article_id)"),
        // Outlives the article and its claims on purpose: a claim the user
        // rejected is rejected again when the article comes back.
        QStringLiteral("CREATE TABLE rejected_claims (article_sha256 TEXT NOT NULL, relation_type TEXT NOT NULL, "
                       "source_name TEXT NOT NULL, target_name TEXT NOT NULL DEFAULT '', "
                       "PRIMARY KEY (article_sha256, relation_type, source_name, target_name))"),
    };
    v1.statements += dialect.createFullTextIndex();
    migrations << v1;

    // Version 2: the company list sorts 100,000 entities in SQL, so the counts
    // it sorts by are columns kept up to date by the writers (ArticleWriter
    // adds, EntityStore::refreshCounts recomputes after removals), indexed with
    // the name that breaks ties. An older database is filled in place.
    // last_mentioned is '' rather than NULL so it compares in row values.
    Migration v2;
    v2.version = 2;
    v2.statements = QStringList{
        QStringLiteral("ALTER TABLE entities ADD COLUMN relation_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE entities ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE entities ADD COLUMN last_mentioned TEXT NOT NULL DEFAULT ''"),
        // relations_edge starts with the type, so it cannot find an entity's
        // outgoing edges; mentions by (entity, article) counts articles from the index alone.
        QStringLiteral("CREATE INDEX relations_source ON relations (source_id)"),
        QStringLiteral("CREATE INDEX mentions_entity_article ON mentions (entity_id, article_id)"),
        QStringLiteral("UPDATE entities SET "
                       "relation_count = (SELECT COUNT(*) FROM relations r WHERE r.source_id = entities.id) "
                       "+ (SELECT COUNT(*) FROM relations r WHERE r.target_id = entities.id), "
                       "article_count = (SELECT COUNT(DISTINCT m.article_id) FROM mentions m "
                       "WHERE m.entity_id = entities.id), "
                       "last_mentioned = COALESCE((SELECT MAX(COALESCE(a.published, substr(a.imported_at, 1, 10))) "
                       "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id), '')"),
        QStringLiteral("CREATE INDEX entities_by_name ON entities (normalized_name, id)"),
        QStringLiteral("CREATE INDEX entities_by_relations ON entities (relation_count, normalized_name, id)"),
        QStringLiteral("CREATE INDEX entities_by_articles ON entities (article_count, normalized_name, id)"),
        QStringLiteral("CREATE INDEX entities_by_last_mentioned ON entities (last_mentioned, normalized_name, id)"),
    };
    migrations << v2;

    // Version 3: two indexes that every insert paid for and no query needed.
    // entities_normalized is entities_by_name again (an index ends with the
    // rowid), and mentions_entity is the first column of mentions_entity_article.
    Migration v3;
    v3.version = 3;
    v3.statements = QStringList{
        QStringLiteral("DROP INDEX entities_normalized"),
        QStringLiteral("DROP INDEX mentions_entity"),
    };
    migrations << v3;

    // Version 4: the edge index starts with the source, so it also finds an
    // entity's outgoing edges and relations_source (which every new edge paid
    // for, about one page per article imported) goes. Same rows, same uniqueness.
    Migration v4;
    v4.version = 4;
    v4.statements = QStringList{
        QStringLiteral("DROP INDEX relations_source"),
        QStringLiteral("DROP INDEX relations_edge"),
        QStringLiteral("CREATE UNIQUE INDEX relations_edge ON relations (source_id, type, COALESCE(target_id, 0))"),
    };
    migrations << v4;

    // Version 5: articles are indexed for search by the writer instead of by
    // an insert trigger, so an import can index them in batches (one FTS5
    // segment per batch instead of per article, and no FTS5 flush at every
    // statement of an article's transaction). Articles not indexed yet are
    // marked by `fts_pending` in liaison_meta (Database::open indexes them).
    Migration v5;
    v5.version = 5;
    v5.statements = dialect.deferFullTextIndex();
    migrations << v5;

    // Version 6: the hash of the file an article came from, so re-importing a
    // folder knows its files without parsing them again (LoadOptions::isKnownFile).
    // Articles imported before have none and are still known by their text.
    Migration v6;
    v6.version = 6;
    v6.statements = QStringList{
        QStringLiteral("ALTER TABLE articles ADD COLUMN file_sha256 TEXT"),
        QStringLiteral("CREATE INDEX articles_by_file ON articles (file_sha256) WHERE file_sha256 IS NOT NULL"),
    };
    migrations << v6;

    // Version 7: one mention row per (entity, article) instead of one per
    // span, with the spans after the first packed in `spans` ("start:end"
    // pairs separated by spaces, in text order; NULL when there is only one).
    // span_start/span_end stay the first span, so older rows (one per span)
    // are still valid rows and any number of rows may name the same entity in
    // one article (ArticleStore::mentions expands them all). The import
    // writer inserted ~20 rows per article into three B-trees; now ~11.
    // The table is rebuilt because its AUTOINCREMENT id also cost a
    // sqlite_sequence read and write per INSERT, and nothing needs mention ids
    // never to be reused (they are row handles only). The rows are copied as
    // they are, ids included.
    Migration v7;
    v7.version = 7;
    const QString mentionId = dialect.kind() == SqlDialect::Kind::SQLite ? QStringLiteral("INTEGER PRIMARY KEY")
                                                                          : dialect.autoIdColumn();
    v7.statements = QStringList{
        u"CREATE TABLE mentions_v7 (id " + mentionId + u", entity_id INTEGER NOT NULL REFERENCES entities (id) "
        u"ON DELETE CASCADE, article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
        u"span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, spans TEXT)",
        QStringLiteral("INSERT INTO mentions_v7 (id, entity_id, article_id, span_start, span_end) "
                       "SELECT id, entity_id, article_id, span_start, span_end FROM mentions ORDER BY id"),
        QStringLiteral("DROP TABLE mentions"),
        QStringLiteral("ALTER TABLE mentions_v7 RENAME TO mentions"),
        QStringLiteral("CREATE INDEX mentions_article ON mentions (article_id)"),
        QStringLiteral("CREATE INDEX mentions_entity_article ON mentions (entity_id, article_id)"),
    };
    if (dialect.kind() == SqlDialect::Kind::PostgreSQL) {
        // The copied ids must not be handed out again; the sequence and key
        // take the names a fresh table would have.
        v7.statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('mentions', 'id'), "
                                        "COALESCE((SELECT MAX(id) FROM mentions), 0) + 1, false)")
                      << QStringLiteral("ALTER SEQUENCE mentions_v7_id_seq RENAME TO mentions_id_seq")
                      << QStringLiteral("ALTER INDEX mentions_v7_pkey RENAME TO mentions_pkey");
    }
    migrations << v7;

    return migrations;
}

} // namespace liaison
