#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "storage/entitystore.h"
#include "storage/relationstore.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"
#include "storage/sqlvalues.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <numeric>

using namespace liaison;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

SourceText source(const QString &text, const QDate &published = {})
{
    SourceText s;
    s.path = QStringLiteral("/articles/x.txt");
    s.text = text;
    s.title = text.left(20);
    s.language = QStringLiteral("en");
    s.published = published;
    s.sha256 = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return s;
}

ExtractedEntity entity(const QString &name, EntityType type, QList<Span> mentions = {{0, 1}},
                       QStringList aliases = {})
{
    return ExtractedEntity{name, type, aliases, mentions};
}

ExtractedRelation relation(RelationType type, int source, int target, Status status,
                           std::optional<Amount> amount = std::nullopt)
{
    ExtractedRelation r;
    r.type = type;
    r.source = source;
    r.target = target;
    r.status = status;
    r.amount = amount;
    r.evidence = {0, 10};
    r.confidence = 0.8;
    return r;
}

// An acquisition article: entity 0 acquires entity 1.
Extraction acquisition(const QString &buyer, const QString &target, Status status,
                       std::optional<Amount> amount = std::nullopt)
{
    Extraction x;
    x.language = QStringLiteral("en");
    x.entities = {entity(buyer, EntityType::Company), entity(target, EntityType::Company)};
    x.relations = {relation(RelationType::Acquired, 0, 1, status, amount)};
    return x;
}

// What the company list shows for every entity, computed from the rows
// (as version 1 did) rather than read from the columns version 2 keeps.
QMap<qint64, QString> countsFromRows(Database &db)
{
    QMap<qint64, QString> result;
    for (const EntitySummary &s : EntityStore(db).summaries())
        result.insert(s.entity.id, QStringLiteral("%1/%2/%3")
                                       .arg(s.relationCount)
                                       .arg(s.articleCount)
                                       .arg(s.lastMentioned.toString(Qt::ISODate)));
    return result;
}

QMap<qint64, QString> countsFromColumns(Database &db)
{
    QMap<qint64, QString> result;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id, relation_count, article_count, last_mentioned FROM entities"));
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), QStringLiteral("%1/%2/%3")
                                                       .arg(q.value(1).toInt())
                                                       .arg(q.value(2).toInt())
                                                       .arg(q.value(3).toString()));
    }
    return result;
}

// Every edge with the columns its claims decide, one line per edge.
QStringList edgeRows(Database &db)
{
    QStringList rows;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT id, type, source_id, target_id, status, amount, currency, stake, role, date FROM relations ORDER BY id"));
    if (q.exec()) {
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 10; ++i)
                row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << row.join(u'|');
        }
    }
    return rows;
}

// Articles another connection sees, read without Database::open (which may write).
int articlesSeenBy(const QString &path)
{
    const QString name = QStringLiteral("raw-reader");
    int n = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

int rowCount(Database &db, const char *table)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM " + QLatin1StringView(table));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// Every row of the tables an import writes, with each value's type, the
// import clock left out.
QStringList tableDump(Database &db)
{
    QStringList rows;
    for (const char *sql :
         {"SELECT id, sha256, path, title, source, author, url, published, language, text FROM articles ORDER BY id",
          "SELECT * FROM entities ORDER BY id", "SELECT * FROM entity_aliases ORDER BY id",
          "SELECT * FROM relations ORDER BY id", "SELECT * FROM claims ORDER BY id",
          "SELECT * FROM mentions ORDER BY id", "SELECT id, sz FROM articles_fts_docsize ORDER BY id",
          "SELECT key, value FROM liaison_meta ORDER BY key"}) {
        QSqlQuery q = db.prepare(QString::fromLatin1(sql));
        if (!q.exec())
            return {q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                row << (v.isNull() ? QStringLiteral("NULL") : QString::fromLatin1(v.typeName()) + u':' + v.toString());
            }
            rows << row.join(u'|');
        }
    }
    return rows;
}

// Every (entity, article, start, end) the mentions table holds, one line
// each, sorted: what is stored whichever way the spans are spread over rows.
QStringList mentionSpans(QSqlQuery &q)
{
    QStringList spans;
    while (q.next()) {
        const auto line = [&](int start, int end) {
            return QStringLiteral("%1/%2/%3-%4").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong())
                .arg(start).arg(end);
        };
        spans << line(q.value(2).toInt(), q.value(3).toInt());
        if (q.record().count() > 4) {
            for (const auto &[start, end] : ArticleStore::unpackSpans(q.value(4).toString()))
                spans << line(start, end);
        }
    }
    spans.sort();
    return spans;
}

QStringList mentionSpans(Database &db)
{
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT entity_id, article_id, span_start, span_end, spans FROM mentions"));
    if (!q.exec())
        return {q.lastError().text()};
    return mentionSpans(q);
}

} // namespace

class tst_Storage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void migratesFreshFile();
    void reopens();
    void emptyFileIsNew();
    void mustExist();
    void defaultPathIsInAppData();
    void refusesNewerVersion();
    void refusesNonSqlite_data();
    void refusesNonSqlite();
    void refusesForeignSqlite();
    void secondThreadOpensOwnConnection();
    void storesArticleOnce();
    void rollsBackMidArticle();
    void nestedTransactionRollsBackOuter();
    void groupKeepsEachArticleWhole();
    void groupRollbackForgetsItsArticles();
    void resolvesByNormalizedNameAndAlias();
    void resolutionPrefersSameType();
    void writerResolvesAcrossArticles();
    void storesPreparedArticles();
    void timestampsAsQtWritesThem();
    void mergesRelationsAndAggregatesStatus();
    void symmetricRelationsShareOneEdge();
    void raisedHasNoTarget();
    void rejectedClaimStaysRejected();
    void editAndConfirmClaim();
    void queriesForTheGui();
    void fullTextSearch_data();
    void fullTextSearch();
    void stats();
    void mergesCorporateForms_data();
    void mergesCorporateForms();
    void sortColumnsFollowWrites();
    void sortedPagesMatchInMemoryOrder();
    void upgradesVersion1InPlace();
    void upgradesVersion6Mentions();
    void packsMentionsPerEntity();
    void mergedEntityKeepsEveryMention();
    void batchedCountsSurviveAnInterruptedImport();
    void batchedSearchSurvivesAnInterruptedImport();
    void batchesEndAfterTheirInterval();
    void sqliteStatementsStoreWhatQSqlQueryStores();
    void sqliteStatementBindsTextAsTheDriver();
    void multiRowInsertsAcrossChunkSizes();
    void newEdgesAcrossChunkSizes();
    void foldedAggregatesMatchRecomputation_data();
    void foldedAggregatesMatchRecomputation();

private:
    QString dbPath(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }
    QTemporaryDir m_dir;
};

void tst_Storage::migratesFreshFile()
{
    Database db;
    QVERIFY2(db.open(dbPath("fresh.sqlite")), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(Database::currentSchemaVersion() >= 1);
    for (const char *table : {"articles", "entities", "entity_aliases", "relations", "claims", "mentions",
                              "rejected_claims", "articles_fts"})
        QCOMPARE(rowCount(db, table), 0);
    QSqlQuery q = db.prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    q = db.prepare(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q = db.prepare(QStringLiteral("SELECT value FROM liaison_meta WHERE key = 'schema_version'"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), Database::currentSchemaVersion());
}

void tst_Storage::reopens()
{
    const QString path = dbPath("reopen.sqlite");
    {
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(ArticleWriter(db).store(source(QStringLiteral("Kept across sessions.")), {}).outcome,
                 StoreResult::Outcome::Stored);
    }
    Database db;
    QVERIFY2(db.open(path, Database::OpenMode::MustExist), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(ArticleStore(db).count(), 1);
}

void tst_Storage::emptyFileIsNew()
{
    const QString path = dbPath("empty.sqlite");
    writeFile(path, {});
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
}

void tst_Storage::mustExist()
{
    Database db;
    QVERIFY(!db.open(dbPath("missing.sqlite"), Database::OpenMode::MustExist));
    QVERIFY(db.errorString().contains(QLatin1StringView("does not exist")));
    QVERIFY(!QFile::exists(dbPath("missing.sqlite")));
    QVERIFY(db.open(dbPath("sub/dir/created.sqlite")));
    QVERIFY(QFile::exists(dbPath("sub/dir/created.sqlite")));
}

void tst_Storage::defaultPathIsInAppData()
{
    const QString path = Database::defaultPath();
    QVERIFY(path.endsWith(QLatin1StringView("/liaison.sqlite")));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void tst_Storage::refusesNewerVersion()
{
    const QString path = dbPath("newer.sqlite");
    {
        Database db;
        QVERIFY(db.open(path));
    }
    {
        // As a newer build would leave it: a higher version, checkpointed on close.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("UPDATE liaison_meta SET value = '999' WHERE key = 'schema_version'")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QLatin1StringView("newer")), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    QCOMPARE(readAll(path), before);
}

void tst_Storage::refusesNonSqlite_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("Mistral AI raised money.\nNot a database at all.\n");
    QTest::newRow("short") << QByteArray("SQLite");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("magic without NUL") << QByteArray("SQLite format 3!and more bytes after it");
    QTest::newRow("one byte") << QByteArray("x");
}

void tst_Storage::refusesNonSqlite()
{
    QFETCH(QByteArray, bytes);
    const QString path = dbPath("not-a-db.sqlite");
    writeFile(path, bytes);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QLatin1StringView("not a SQLite database")), qPrintable(db.errorString()));
    QCOMPARE(readAll(path), bytes);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_Storage::refusesForeignSqlite()
{
    const QString path = dbPath("foreign.sqlite");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER, name TEXT)")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = readAll(path);
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QLatin1StringView("another application")), qPrintable(db.errorString()));
    QCOMPARE(readAll(path), before);
}

void tst_Storage::secondThreadOpensOwnConnection()
{
    const QString path = dbPath("threads.sqlite");
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(ArticleWriter(db).store(source(QStringLiteral("Seen from another thread.")), {}).outcome,
             StoreResult::Outcome::Stored);
    int seen = -1;
    QThread *thread = QThread::create([&] {
        Database own;
        if (own.open(db.path(), Database::OpenMode::MustExist))
            seen = ArticleStore(own).count();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QCOMPARE(seen, 1);
}

void tst_Storage::storesArticleOnce()
{
    Database db;
    QVERIFY(db.open(dbPath("once.sqlite")));
    ArticleWriter writer(db);
    const SourceText text = source(QStringLiteral("Acme bought Widgets."), QDate(2025, 3, 1));
    const StoreResult first = writer.store(text, acquisition(QStringLiteral("Acme"), QStringLiteral("Widgets"),
                                                             Status::Completed));
    QCOMPARE(first.outcome, StoreResult::Outcome::Stored);
    QCOMPARE(first.newEntities, 2);
    QCOMPARE(first.newRelations, 1);
    QCOMPARE(first.claims, 1);
    SourceText again = text;
    again.path = QStringLiteral("/elsewhere/copy.html");
    const StoreResult second = writer.store(again, acquisition(QStringLiteral("Acme"), QStringLiteral("Widgets"),
                                                               Status::Completed));
    QCOMPARE(second.outcome, StoreResult::Outcome::Duplicate);
    QCOMPARE(second.articleId, first.articleId);
    QCOMPARE(rowCount(db, "articles"), 1);
    QCOMPARE(rowCount(db, "claims"), 1);
    QCOMPARE(rowCount(db, "mentions"), 2);

    const auto article = ArticleStore(db).article(first.articleId);
    QVERIFY(article);
    QCOMPARE(article->text, text.text);
    QCOMPARE(article->published, QDate(2025, 3, 1));
    QCOMPARE(article->sha256, text.sha256);
    QVERIFY(article->importedAt.isValid());
}

void tst_Storage::rollsBackMidArticle()
{
    Database db;
    QVERIFY(db.open(dbPath("rollback.sqlite")));
    // Fail the claim insert, after the article, entities and mentions went in.
    QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER fail_claims BEFORE INSERT ON claims "
                                   "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    ArticleWriter writer(db);
    const SourceText text = source(QStringLiteral("Globex acquired Initech for a fortune."));
    const Extraction x = acquisition(QStringLiteral("Globex"), QStringLiteral("Initech"), Status::Completed);
    const StoreResult failed = writer.store(text, x);
    QCOMPARE(failed.outcome, StoreResult::Outcome::Failed);
    QVERIFY2(failed.error.contains(QLatin1StringView("disk on fire")), qPrintable(failed.error));
    for (const char *table : {"articles", "entities", "entity_aliases", "relations", "claims", "mentions"})
        QCOMPARE(rowCount(db, table), 0);
    QVERIFY(ArticleStore(db).search(QStringLiteral("Globex")).isEmpty());

    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER fail_claims")));
    QCOMPARE(writer.store(text, x).outcome, StoreResult::Outcome::Stored);
    QCOMPARE(rowCount(db, "articles"), 1);
    QCOMPARE(rowCount(db, "claims"), 1);
    QCOMPARE(ArticleStore(db).search(QStringLiteral("Globex")).size(), 1);
}

void tst_Storage::nestedTransactionRollsBackOuter()
{
    Database db;
    QVERIFY(db.open(dbPath("nested.sqlite")));
    {
        Transaction outer(db);
        QVERIFY(EntityStore(db).create(Entity{0, EntityType::Company, QStringLiteral("Hooli"), {}, {}, {}, {}}));
        {
            Transaction inner(db); // rolled back: the outer one must not commit
        }
        QVERIFY(!outer.commit());
    }
    QCOMPARE(EntityStore(db).count(), 0);
}

void tst_Storage::groupKeepsEachArticleWhole()
{
    const SourceText first = source(QStringLiteral("Globex acquired Initech, at last."));
    const SourceText burning = source(QStringLiteral("Burning: Hooli bought Pied Piper."));
    const SourceText third = source(QStringLiteral("Vantor acquired Quillon in May."));
    const Extraction x1 = acquisition(QStringLiteral("Globex"), QStringLiteral("Initech"), Status::Completed);
    const Extraction x2 = acquisition(QStringLiteral("Hooli"), QStringLiteral("Pied Piper"), Status::Completed);
    const Extraction x3 = acquisition(QStringLiteral("Vantor"), QStringLiteral("Quillon"), Status::Announced);

    // What storing the two good articles one transaction each leaves.
    Database single;
    QVERIFY(single.open(dbPath("group-reference.sqlite")));
    {
        ArticleWriter writer(single);
        QCOMPARE(writer.store(first, x1).outcome, StoreResult::Outcome::Stored);
        QCOMPARE(writer.store(third, x3).outcome, StoreResult::Outcome::Stored);
    }

    // A group of the two: stored, but seen by no other connection before its commit.
    {
        const QString path = dbPath("group.sqlite");
        Database db;
        QVERIFY(db.open(path));
        ArticleWriter writer(db);
        QVERIFY(writer.beginGroup());
        QVERIFY(writer.inGroup());
        QVERIFY(!writer.beginGroup()); // one at a time
        QCOMPARE(writer.store(first, x1).outcome, StoreResult::Outcome::Stored);
        QCOMPARE(writer.store(third, x3).outcome, StoreResult::Outcome::Stored);
        QCOMPARE(rowCount(db, "articles"), 2);
        QCOMPARE(articlesSeenBy(path), 0);
        QVERIFY2(writer.commitGroup(), qPrintable(db.errorString()));
        QVERIFY(!writer.inGroup());
        QVERIFY(!writer.commitGroup()); // nothing open
        QCOMPARE(articlesSeenBy(path), 2);
        QCOMPARE(tableDump(db), tableDump(single));
    }

    // An article that fails takes its group with it, the articles before it too.
    const QString path = dbPath("group-failing.sqlite");
    Database db;
    QVERIFY(db.open(path));
    // The second article fails at its claim, after its row, entities and mentions went in.
    QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER fail_burning BEFORE INSERT ON claims WHEN NEW.evidence LIKE 'Burning%' "
                                   "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    ArticleWriter writer(db);
    QVERIFY(writer.beginGroup());
    QCOMPARE(writer.store(first, x1).outcome, StoreResult::Outcome::Stored);
    const StoreResult failed = writer.store(burning, x2);
    QCOMPARE(failed.outcome, StoreResult::Outcome::Failed);
    QVERIFY2(failed.error.contains(QLatin1StringView("disk on fire")), qPrintable(failed.error));
    QVERIFY(!writer.inGroup());
    QVERIFY(!db.inGroup());
    QVERIFY(!writer.commitGroup());
    for (const char *table : {"articles", "entities", "entity_aliases", "relations", "claims", "mentions"})
        QCOMPARE(rowCount(db, table), 0);

    // Stored again one by one, as the importer does: the failing one alone is
    // refused, and the writer, having forgotten the group, leaves exactly what
    // storing the other two alone leaves.
    QCOMPARE(writer.store(first, x1).outcome, StoreResult::Outcome::Stored);
    QCOMPARE(writer.store(burning, x2).outcome, StoreResult::Outcome::Failed);
    QCOMPARE(writer.store(third, x3).outcome, StoreResult::Outcome::Stored);
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER fail_burning")));
    QCOMPARE(tableDump(db), tableDump(single));
    QCOMPARE(ArticleStore(db).search(QStringLiteral("Hooli")).size(), 0);
    QCOMPARE(ArticleStore(db).search(QStringLiteral("Quillon")).size(), 1);

    // A group cannot open inside a transaction.
    {
        Transaction tx(db);
        QVERIFY(!db.beginGroup());
        QVERIFY(!db.errorString().isEmpty());
    }
}

void tst_Storage::groupRollbackForgetsItsArticles()
{
    const SourceText a = source(QStringLiteral("Globex acquired Initech, at last."), QDate(2024, 5, 6));
    const SourceText b = source(QStringLiteral("Globex bought Hooli for its search."), QDate(2024, 7, 8));
    const SourceText c = source(QStringLiteral("Vantor acquired Quillon in May."));
    const Extraction xa = acquisition(QStringLiteral("Globex"), QStringLiteral("Initech"), Status::Completed);
    const Extraction xb = acquisition(QStringLiteral("Globex"), QStringLiteral("Hooli"), Status::Talks);
    const Extraction xc = acquisition(QStringLiteral("Vantor"), QStringLiteral("Quillon"), Status::Announced);

    // Counts and search held back over batches of 10, as an import does.
    Database reference;
    QVERIFY(reference.open(dbPath("group-rollback-reference.sqlite")));
    {
        ArticleWriter writer(reference);
        writer.setCountBatch(10);
        writer.setSearchBatch(10);
        for (const auto &[s, x] : {std::pair{a, xa}, std::pair{b, xb}, std::pair{c, xc}})
            QCOMPARE(writer.store(s, x).outcome, StoreResult::Outcome::Stored);
        QVERIFY(writer.flush());
    }

    Database db;
    QVERIFY(db.open(dbPath("group-rollback.sqlite")));
    ArticleWriter writer(db);
    writer.setCountBatch(10);
    writer.setSearchBatch(10);
    QCOMPARE(writer.store(a, xa).outcome, StoreResult::Outcome::Stored); // committed, counts held
    QVERIFY(writer.beginGroup());
    QCOMPARE(writer.store(b, xb).outcome, StoreResult::Outcome::Stored);
    QCOMPARE(writer.store(c, xc).outcome, StoreResult::Outcome::Stored);
    writer.rollbackGroup();
    QVERIFY(!writer.inGroup());
    QVERIFY(!db.inGroup());
    QCOMPARE(rowCount(db, "articles"), 1);
    QCOMPARE(rowCount(db, "entities"), 2);

    // The writer forgot the group (its entities, edges and held counts) but
    // not the first article's counts: storing the two again, then flushing,
    // gives what storing all three straight gives.
    QCOMPARE(writer.store(b, xb).outcome, StoreResult::Outcome::Stored);
    QCOMPARE(writer.store(c, xc).outcome, StoreResult::Outcome::Stored);
    QVERIFY(writer.flush());
    QCOMPARE(tableDump(db), tableDump(reference));
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
    QCOMPARE(BrowseStore(db).summary(1)->articleCount, 2);
    QCOMPARE(ArticleStore(db).search(QStringLiteral("Quillon")).size(), 1);
}

void tst_Storage::resolvesByNormalizedNameAndAlias()
{
    Database db;
    QVERIFY(db.open(dbPath("resolve.sqlite")));
    EntityStore store(db);
    const qint64 mistral = store.create(Entity{0, EntityType::Company, QStringLiteral("Mistral AI"), {}, {}, {}, {}});
    const qint64 alphabet = store.create(Entity{0, EntityType::Company, QStringLiteral("Alphabet Inc."), {},
                                                {QStringLiteral("Google")}, {}, {}});
    QVERIFY(mistral && alphabet);
    QCOMPARE(store.resolve(QStringLiteral("mistral ai SAS"), EntityType::Company), mistral);
    QCOMPARE(store.resolve(QStringLiteral("Mistral-AI"), EntityType::Company), mistral);
    QCOMPARE(store.resolve(QStringLiteral("GOOGLE"), EntityType::Company), alphabet);
    QCOMPARE(store.resolve(QStringLiteral("Alphabet"), EntityType::Company), alphabet);
    // An unknown name resolves through one of its aliases.
    QCOMPARE(store.resolve(QStringLiteral("Google LLC parent"), EntityType::Company, {QStringLiteral("Google")}),
             alphabet);
    QVERIFY(!store.resolve(QStringLiteral("Anthropic"), EntityType::Company));

    bool created = true;
    QCOMPARE(store.resolveOrCreate(QStringLiteral("Mistral AI SAS"), EntityType::Company,
                                   {QStringLiteral("Mistral")}, &created),
             mistral);
    QVERIFY(!created);
    QVERIFY(store.entity(mistral)->aliases.contains(QStringLiteral("Mistral")));
    QCOMPARE(store.resolve(QStringLiteral("Mistral"), EntityType::Company), mistral);

    // A renamed entity keeps its former name as an alias.
    Entity renamed = *store.entity(alphabet);
    renamed.name = QStringLiteral("Alphabet Holdings");
    QVERIFY(store.update(renamed));
    QCOMPARE(store.resolve(QStringLiteral("Alphabet Inc"), EntityType::Company), alphabet);
    QCOMPARE(store.entity(alphabet)->normalizedName, QStringLiteral("alphabet holdings"));
}

void tst_Storage::resolutionPrefersSameType()
{
    Database db;
    QVERIFY(db.open(dbPath("types.sqlite")));
    EntityStore store(db);
    const qint64 person = store.create(Entity{0, EntityType::Person, QStringLiteral("Jordan"), {}, {}, {}, {}});
    const qint64 product = store.create(Entity{0, EntityType::Product, QStringLiteral("Jordan"), {}, {}, {}, {}});
    const qint64 org = store.create(Entity{0, EntityType::Organization, QStringLiteral("Inria"), {}, {}, {}, {}});
    QCOMPARE(store.resolve(QStringLiteral("Jordan"), EntityType::Product), product);
    QCOMPARE(store.resolve(QStringLiteral("Jordan"), EntityType::Person), person);
    // Companies and organizations stand in for each other; a person never does.
    QCOMPARE(store.resolve(QStringLiteral("INRIA"), EntityType::Company), org);
    QVERIFY(!store.resolve(QStringLiteral("Inria"), EntityType::Person));
    bool created = false;
    QVERIFY(store.resolveOrCreate(QStringLiteral("Jordan"), EntityType::Company, {}, &created));
    QVERIFY(created);
    QCOMPARE(store.count(), 4);
}

void tst_Storage::writerResolvesAcrossArticles()
{
    Database db;
    QVERIFY(db.open(dbPath("across.sqlite")));
    ArticleWriter writer(db);
    QCOMPARE(writer.store(source(QStringLiteral("one")),
                          acquisition(QStringLiteral("Mistral AI"), QStringLiteral("Kyutai"), Status::Talks))
                 .newEntities,
             2);
    Extraction second = acquisition(QStringLiteral("Mistral AI SAS"), QStringLiteral("Kyutai Labs"),
                                    Status::Completed);
    second.entities[1].aliases = {QStringLiteral("Kyutai")};
    const StoreResult r = writer.store(source(QStringLiteral("two")), second);
    QCOMPARE(r.outcome, StoreResult::Outcome::Stored);
    QCOMPARE(r.newEntities, 0);
    QCOMPARE(r.newRelations, 0);
    QCOMPARE(EntityStore(db).count(), 2);
    const auto kyutai = EntityStore(db).resolve(QStringLiteral("Kyutai Labs"), EntityType::Company);
    QVERIFY(kyutai);
    QCOMPARE(EntityStore(db).entity(*kyutai)->name, QStringLiteral("Kyutai"));
    QVERIFY(EntityStore(db).entity(*kyutai)->aliases.contains(QStringLiteral("Kyutai Labs")));
}

void tst_Storage::storesPreparedArticles()
{
    // Articles with what prepare() derives: names to normalize and simplify,
    // aliases, evidence to cut (one span past the end of the text), claim
    // dates and publication dates to sort by, a name that normalizes to nothing.
    Extraction x1 = acquisition(QStringLiteral("  Mistral   AI "), QStringLiteral("Kyutai"), Status::Talks,
        Amount { 2e9, QStringLiteral("EUR") });
    x1.entities[1].aliases = { QStringLiteral("Kyutai Labs"), QStringLiteral("--") };
    x1.relations[0].evidence = { 4, 400 };
    x1.relations[0].date = QStringLiteral("2024-03-01");
    Extraction x2 = acquisition(QStringLiteral("Mistral AI SAS"), QStringLiteral("Kyutai Labs"), Status::Completed);
    x2.entities << entity(QStringLiteral("!!"), EntityType::Person);
    x2.relations << relation(RelationType::Raised, 0, -1, Status::Completed, Amount { 6e8, QStringLiteral("EUR") });
    Extraction x3 = acquisition(QStringLiteral("Hooli"), QStringLiteral("Pied Piper"), Status::Announced);
    const QList<std::pair<SourceText, Extraction>> articles = {
        { source(QStringLiteral("Mistral AI in talks to buy Kyutai."), QDate(2024, 2, 1)), x1 },
        { source(QStringLiteral("Mistral AI SAS completes Kyutai Labs deal and raises."), QDate(2024, 5, 2)), x2 },
        { source(QStringLiteral("Hooli announces Pied Piper."), QDate(2023, 1, 9)), x3 },
    };

    Database reference;
    QVERIFY(reference.open(dbPath("prepared-reference.sqlite")));
    {
        ArticleWriter writer(reference);
        for (const auto &[s, x] : articles)
            QCOMPARE(writer.store(s, x).outcome, StoreResult::Outcome::Stored);
    }

    // Prepared on other threads, as the importer's pool does, then stored by
    // one writer: the same rows. The second article's names were normalized
    // far from the database, yet resolve to the entities the first made.
    QList<PreparedArticle> prepared(articles.size());
    {
        QList<QThread *> threads;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            threads << QThread::create([&prepared, &articles, i] {
                prepared[i] = ArticleWriter::prepare(articles.at(i).first, articles.at(i).second);
            });
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait());
            delete thread;
        }
    }
    QCOMPARE(prepared.at(0).entities.at(0).normalized, normalizeName(QStringLiteral("Mistral AI")));
    QCOMPARE(prepared.at(0).entities.at(0).name, QStringLiteral("Mistral AI"));
    QCOMPARE(prepared.at(0).relations.at(0).evidence, (Span { 4, int(articles.at(0).first.text.size()) }));
    QVERIFY(prepared.at(1).entities.at(2).normalized.isEmpty());

    Database db;
    QVERIFY(db.open(dbPath("prepared.sqlite")));
    {
        ArticleWriter writer(db);
        const StoreResult first = writer.store(prepared.at(0));
        QCOMPARE(first.outcome, StoreResult::Outcome::Stored);
        QCOMPARE(first.newEntities, 2);
        const StoreResult second = writer.store(prepared.at(1));
        QCOMPARE(second.outcome, StoreResult::Outcome::Stored);
        QCOMPARE(second.newEntities, 0);
        QCOMPARE(second.newRelations, 1); // the round; the acquisition is the first article's edge
        QCOMPARE(writer.store(prepared.at(2)).outcome, StoreResult::Outcome::Stored);
        // Prepared once, stored twice: the second time a duplicate.
        QCOMPARE(writer.store(prepared.at(2)).outcome, StoreResult::Outcome::Duplicate);
    }
    QCOMPARE(EntityStore(db).count(), 4);
    QCOMPARE(tableDump(db), tableDump(reference));
    // A writer that starts on a database holding entities asks the database
    // for the names it does not know (its cache cannot know them all).
    {
        const SourceText later = source(QStringLiteral("Kyutai Labs and Hooli."));
        Extraction x4 = acquisition(QStringLiteral("Kyutai Labs"), QStringLiteral("Hooli"), Status::Rumoured);
        PreparedArticle ready;
        QThread *thread = QThread::create([&] { ready = ArticleWriter::prepare(later, x4); });
        thread->start();
        QVERIFY(thread->wait());
        delete thread;
        ArticleWriter writer(db);
        const StoreResult r = writer.store(ready);
        QCOMPARE(r.outcome, StoreResult::Outcome::Stored);
        QCOMPARE(r.newEntities, 0);
        QCOMPARE(r.newRelations, 1);
        ArticleWriter again(reference);
        QCOMPARE(again.store(later, x4).outcome, StoreResult::Outcome::Stored);
    }
    QCOMPARE(tableDump(db), tableDump(reference));
    // The import clock too, as the writer formats it.
    QSqlQuery q = db.prepare(QStringLiteral("SELECT imported_at FROM articles"));
    QVERIFY(q.exec());
    while (q.next()) {
        const QString stamp = q.value(0).toString();
        QCOMPARE(QDateTime::fromString(stamp, Qt::ISODateWithMs).toString(Qt::ISODateWithMs), stamp);
    }

    // An article prepared without a hash gets the one store() would give it.
    SourceText unhashed = articles.at(0).first;
    unhashed.sha256.clear();
    QCOMPARE(ArticleWriter::prepare(unhashed, x1).sha256, articles.at(0).first.sha256);
}

void tst_Storage::timestampsAsQtWritesThem()
{
    for (const QDateTime &time : { QDateTime(QDate(2026, 11, 27), QTime(21, 0, 57, 123), Qt::UTC),
             QDateTime(QDate(1999, 1, 2), QTime(3, 4, 5, 6), Qt::UTC), QDateTime(QDate(9, 1, 1), QTime(0, 0), Qt::UTC),
             QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, 3600),
             QDateTime(QDate(2024, 7, 1), QTime(12, 30), Qt::LocalTime), QDateTime::currentDateTimeUtc() })
        QCOMPARE(sql::timestamp(time), time.toUTC().toString(Qt::ISODateWithMs));
}

void tst_Storage::mergesRelationsAndAggregatesStatus()
{
    Database db;
    QVERIFY(db.open(dbPath("merge.sqlite")));
    ArticleWriter writer(db);
    QCOMPARE(writer.store(source(QStringLiteral("talks"), QDate(2025, 1, 10)),
                          acquisition(QStringLiteral("Acme"), QStringLiteral("Widgets"), Status::Talks,
                                      Amount{1e9, QStringLiteral("EUR")}))
                 .outcome,
             StoreResult::Outcome::Stored);
    QCOMPARE(writer.store(source(QStringLiteral("done"), QDate(2025, 4, 2)),
                          acquisition(QStringLiteral("ACME Inc."), QStringLiteral("Widgets"), Status::Completed,
                                      Amount{1.2e9, QStringLiteral("EUR")}))
                 .outcome,
             StoreResult::Outcome::Stored);
    // An older rumour found later neither lowers the status nor overrides the amount.
    QCOMPARE(writer.store(source(QStringLiteral("rumour"), QDate(2024, 12, 1)),
                          acquisition(QStringLiteral("Acme"), QStringLiteral("Widgets"), Status::Rumoured,
                                      Amount{5e8, QStringLiteral("USD")}))
                 .outcome,
             StoreResult::Outcome::Stored);
    RelationStore relations(db);
    const QList<Relation> all = relations.all();
    QCOMPARE(all.size(), 1);
    const Relation edge = all.constFirst();
    QCOMPARE(toString(edge.type), toString(RelationType::Acquired));
    QCOMPARE(toString(edge.status), toString(Status::Completed));
    QVERIFY(edge.amount);
    QCOMPARE(edge.amount->value, 1.2e9);
    QCOMPARE(edge.amount->currency, QStringLiteral("EUR"));
    QCOMPARE(edge.claimCount, 3);
    QCOMPARE(edge.articleCount, 3);
    QCOMPARE(relations.claims(edge.id).size(), 3);
}

void tst_Storage::symmetricRelationsShareOneEdge()
{
    Database db;
    QVERIFY(db.open(dbPath("symmetric.sqlite")));
    ArticleWriter writer(db);
    Extraction ab;
    ab.entities = {entity(QStringLiteral("Alpha"), EntityType::Company),
                   entity(QStringLiteral("Beta"), EntityType::Company)};
    ab.relations = {relation(RelationType::CompetesWith, 0, 1, Status::Completed)};
    Extraction ba = ab;
    ba.relations = {relation(RelationType::CompetesWith, 1, 0, Status::Completed)};
    QCOMPARE(writer.store(source(QStringLiteral("a vs b")), ab).newRelations, 1);
    QCOMPARE(writer.store(source(QStringLiteral("b vs a")), ba).newRelations, 0);
    // A directed type keeps its direction: Beta acquiring Alpha is another edge.
    Extraction directed = ab;
    directed.relations = {relation(RelationType::Acquired, 0, 1, Status::Completed),
                          relation(RelationType::Acquired, 1, 0, Status::Completed)};
    QCOMPARE(writer.store(source(QStringLiteral("both ways")), directed).newRelations, 2);
    QCOMPARE(RelationStore(db).count(), 3);
}

void tst_Storage::raisedHasNoTarget()
{
    Database db;
    QVERIFY(db.open(dbPath("raised.sqlite")));
    ArticleWriter writer(db);
    Extraction x;
    x.entities = {entity(QStringLiteral("Pigment"), EntityType::Company)};
    x.relations = {relation(RelationType::Raised, 0, -1, Status::Completed, Amount{8.8e7, QStringLiteral("USD")})};
    QCOMPARE(writer.store(source(QStringLiteral("r1")), x).newRelations, 1);
    QCOMPARE(writer.store(source(QStringLiteral("r2")), x).newRelations, 0);
    const QList<Relation> all = RelationStore(db).all();
    QCOMPARE(all.size(), 1);
    QVERIFY(!all.constFirst().targetId);
    QCOMPARE(all.constFirst().claimCount, 2);
}

void tst_Storage::rejectedClaimStaysRejected()
{
    Database db;
    QVERIFY(db.open(dbPath("rejected.sqlite")));
    ArticleWriter writer(db);
    ArticleStore articles(db);
    RelationStore relations(db);
    const SourceText wrong = source(QStringLiteral("Acme is said to buy Widgets."), QDate(2025, 5, 1));
    const Extraction wrongX = acquisition(QStringLiteral("Acme"), QStringLiteral("Widgets"), Status::Completed);
    const StoreResult first = writer.store(wrong, wrongX);
    QCOMPARE(writer.store(source(QStringLiteral("Acme in talks for Widgets."), QDate(2025, 2, 1)),
                          acquisition(QStringLiteral("Acme"), QStringLiteral("Widgets"), Status::Talks))
                 .outcome,
             StoreResult::Outcome::Stored);
    const qint64 relationId = relations.all().constFirst().id;
    QCOMPARE(toString(relations.relation(relationId)->status), toString(Status::Completed));

    qint64 wrongClaim = 0;
    for (const ClaimDetail &c : relations.claims(relationId)) {
        if (c.claim.articleId == first.articleId)
            wrongClaim = c.claim.id;
    }
    QVERIFY(wrongClaim);
    QVERIFY(relations.rejectClaim(wrongClaim));
    QCOMPARE(toString(relations.claim(wrongClaim)->review), toString(ReviewState::Rejected));
    // The edge no longer counts the rejected claim.
    QCOMPARE(toString(relations.relation(relationId)->status), toString(Status::Talks));
    QCOMPARE(relations.relation(relationId)->claimCount, 1);
    QVERIFY(relations.isRejected(wrong.sha256, RelationType::Acquired, QStringLiteral("acme"),
                                 QStringLiteral("widgets")));

    // The article goes away and comes back: its claim is rejected again.
    QVERIFY(articles.remove(first.articleId));
    QCOMPARE(articles.count(), 1);
    QCOMPARE(relations.claimCount(), 1);
    const StoreResult again = writer.store(wrong, wrongX);
    QCOMPARE(again.outcome, StoreResult::Outcome::Stored);
    QCOMPARE(again.rejectedClaims, 1);
    int rejected = 0;
    for (const ClaimDetail &c : relations.claims(relationId))
        rejected += c.claim.review == ReviewState::Rejected ? 1 : 0;
    QCOMPARE(rejected, 1);
    QCOMPARE(toString(relations.relation(relationId)->status), toString(Status::Talks));

    // Removing the last article of an edge removes the edge.
    for (const Article &a : articles.list())
        QVERIFY(articles.remove(a.id));
    QCOMPARE(relations.count(), 0);
    QCOMPARE(rowCount(db, "rejected_claims"), 1);
}

void tst_Storage::editAndConfirmClaim()
{
    Database db;
    QVERIFY(db.open(dbPath("edit.sqlite")));
    ArticleWriter writer(db);
    QVERIFY(writer.store(source(QStringLiteral("edit me")),
                         acquisition(QStringLiteral("Acme"), QStringLiteral("Widgets"), Status::Rumoured))
                .claims
            == 1);
    RelationStore relations(db);
    Claim claim = relations.allClaims().constFirst().claim;
    QVERIFY(relations.rejectClaim(claim.id));
    claim.status = Status::Announced;
    claim.amount = Amount{3e6, QStringLiteral("EUR")};
    claim.stakePercent = 49;
    claim.review = ReviewState::Confirmed;
    QVERIFY(relations.editClaim(claim));
    const Claim saved = *relations.claim(claim.id);
    QCOMPARE(toString(saved.status), toString(Status::Announced));
    QCOMPARE(saved.amount->value, 3e6);
    QCOMPARE(*saved.stakePercent, 49.0);
    QCOMPARE(toString(saved.review), toString(ReviewState::Confirmed));
    QCOMPARE(rowCount(db, "rejected_claims"), 0); // confirming forgets the rejection
    const Relation edge = *relations.relation(claim.relationId);
    QCOMPARE(toString(edge.status), toString(Status::Announced));
    QCOMPARE(*edge.stakePercent, 49.0);
}

void tst_Storage::queriesForTheGui()
{
    Database db;
    QVERIFY(db.open(dbPath("gui.sqlite")));
    ArticleWriter writer(db);
    const QString text = QStringLiteral("Acme hired Jane Doe. Acme bought Widgets.");
    Extraction x;
    x.entities = {entity(QStringLiteral("Acme"), EntityType::Company, {{0, 4}, {21, 25}}),
                  entity(QStringLiteral("Jane Doe"), EntityType::Person, {{11, 19}}),
                  entity(QStringLiteral("Widgets"), EntityType::Company, {{33, 40}})};
    ExtractedRelation hired = relation(RelationType::Hired, 0, 1, Status::Completed);
    hired.evidence = {0, 20};
    ExtractedRelation bought = relation(RelationType::Acquired, 0, 2, Status::Completed);
    bought.evidence = {21, 41};
    x.relations = {hired, bought};
    const StoreResult r = writer.store(source(text, QDate(2025, 6, 12)), x);
    QCOMPARE(r.outcome, StoreResult::Outcome::Stored);

    EntityStore entities(db);
    const qint64 acme = *entities.resolve(QStringLiteral("Acme"), EntityType::Company);
    bool found = false;
    for (const EntitySummary &s : entities.summaries()) {
        if (s.entity.id != acme)
            continue;
        found = true;
        QCOMPARE(s.relationCount, 2);
        QCOMPARE(s.articleCount, 1);
        QCOMPARE(s.lastMentioned, QDate(2025, 6, 12));
    }
    QVERIFY(found);

    const QList<RelationDetail> details = RelationStore(db).relationsOf(acme);
    QCOMPARE(details.size(), 2);
    QCOMPARE(details.at(0).sourceName, QStringLiteral("Acme"));
    QCOMPARE(details.at(0).targetName, QStringLiteral("Jane Doe"));
    QCOMPARE(details.at(0).claims.size(), 1);
    QCOMPARE(details.at(0).claims.at(0).evidence, QStringLiteral("Acme hired Jane Doe."));
    QCOMPARE(details.at(1).claims.at(0).evidence, QStringLiteral("Acme bought Widgets."));
    QCOMPARE(details.at(1).claims.at(0).articlePublished, QDate(2025, 6, 12));

    const QList<ArticleMention> mentions = ArticleStore(db).mentions(r.articleId);
    QCOMPARE(mentions.size(), 4);
    QCOMPARE(mentions.at(0).entityName, QStringLiteral("Acme"));
    QCOMPARE(text.mid(mentions.at(1).mention.start, mentions.at(1).mention.end - mentions.at(1).mention.start),
             QStringLiteral("Jane Doe"));
    QCOMPARE(toString(mentions.at(1).entityType), toString(EntityType::Person));
}

void tst_Storage::fullTextSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("word") << QStringLiteral("rachat") << 1;
    QTest::newRow("accents folded") << QStringLiteral("societe") << 1;
    QTest::newRow("title") << QStringLiteral("Quarterly") << 1;
    QTest::newRow("both words needed") << QStringLiteral("chatbot rachat") << 0;
    QTest::newRow("common word") << QStringLiteral("startup") << 2;
    QTest::newRow("operators are words") << QStringLiteral("\"rachat\" OR NEAR( *") << 0;
    QTest::newRow("punctuation only") << QStringLiteral("?!") << 0;
    QTest::newRow("case") << QStringLiteral("CHATBOT") << 1;
}

void tst_Storage::fullTextSearch()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    Database db;
    QVERIFY(db.open(dbPath("fts.sqlite")));
    ArticleWriter writer(db);
    ArticleStore articles(db);
    if (articles.count() == 0) {
        SourceText fr = source(QStringLiteral("Le rachat de la startup par la société lyonnaise est conclu."));
        fr.title = QStringLiteral("Un rachat");
        SourceText en = source(QStringLiteral("The startup shipped a chatbot for lawyers."));
        en.title = QStringLiteral("Quarterly results");
        QCOMPARE(writer.store(fr, {}).outcome, StoreResult::Outcome::Stored);
        QCOMPARE(writer.store(en, {}).outcome, StoreResult::Outcome::Stored);
    }
    const QList<ArticleHit> found = articles.search(query);
    QCOMPARE(found.size(), hits);
    for (const ArticleHit &hit : found)
        QVERIFY(hit.id > 0);
}

void tst_Storage::stats()
{
    Database db;
    QVERIFY(db.open(dbPath("stats.sqlite")));
    ArticleWriter writer(db);
    Extraction x = acquisition(QStringLiteral("Acme"), QStringLiteral("Widgets"), Status::Completed);
    x.entities << entity(QStringLiteral("Jane Doe"), EntityType::Person);
    x.relations << relation(RelationType::Leads, 2, 0, Status::Completed);
    QCOMPARE(writer.store(source(QStringLiteral("stats")), x).outcome, StoreResult::Outcome::Stored);
    const DatabaseStats s = DatabaseStats::collect(db);
    QCOMPARE(s.articles, 1);
    QCOMPARE(s.entities, 3);
    QCOMPARE(s.entitiesByType.value(EntityType::Company), 2);
    QCOMPARE(s.entitiesByType.value(EntityType::Person), 1);
    QCOMPARE(s.entitiesByType.value(EntityType::Product), 0);
    QCOMPARE(s.relations, 2);
    QCOMPARE(s.relationsByType.value(RelationType::Leads), 1);
    QCOMPARE(s.relationsByType.size(), int(allRelationTypes().size()));
    QCOMPARE(s.claims, 2);
    QCOMPARE(s.claimsByReview.value(ReviewState::Unreviewed), 2);

    // The totals alone, as an import's summary reads them.
    const DatabaseStats t = DatabaseStats::totals(db);
    QCOMPARE(t.articles, 1);
    QCOMPARE(t.entities, 3);
    QCOMPARE(t.relations, 2);
    QCOMPARE(t.claims, 2);
    QVERIFY(t.entitiesByType.isEmpty());
}

void tst_Storage::mergesCorporateForms_data()
{
    QTest::addColumn<QStringList>("existing"); // "Name|type", stored first, each in its own article
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("resolvesTo"); // empty: a new entity

    const QString company = QStringLiteral("company");
    const QString person = QStringLiteral("person");
    QTest::newRow("short form then legal tail") << QStringList{QStringLiteral("Brackenridge Labs|company")}
                                                << QStringLiteral("Brackenridge") << company
                                                << QStringLiteral("Brackenridge Labs");
    QTest::newRow("long form after short") << QStringList{QStringLiteral("Fenwick|company")}
                                           << QStringLiteral("Fenwick Robotics") << company
                                           << QStringLiteral("Fenwick");
    QTest::newRow("descriptive word, not a legal suffix")
        << QStringList{QStringLiteral("Tollmere Analytics|company")} << QStringLiteral("Tollmere") << company
        << QString();
    QTest::newRow("a bank of the group is another company") << QStringList{QStringLiteral("Larkspur|company")}
                                                             << QStringLiteral("Larkspur Bank") << company
                                                             << QString();
    QTest::newRow("corporate tail") << QStringList{QStringLiteral("Tollmere Semiconductors|company")}
                                << QStringLiteral("Tollmere") << company << QStringLiteral("Tollmere Semiconductors");
    QTest::newRow("two tail words") << QStringList{QStringLiteral("Haldor|company")}
                                    << QStringLiteral("Haldor Software Systems") << company
                                    << QStringLiteral("Haldor");
    QTest::newRow("two-word stem") << QStringList{QStringLiteral("Blue Ferran Technologies|company")}
                                   << QStringLiteral("Blue Ferran") << company
                                   << QStringLiteral("Blue Ferran Technologies");
    QTest::newRow("tail is not corporate") << QStringList{QStringLiteral("Brackenridge|company")}
                                           << QStringLiteral("Brackenridge River") << company << QString();
    QTest::newRow("not a whole word") << QStringList{QStringLiteral("Fenwickson Labs|company")}
                                      << QStringLiteral("Fenwick") << company << QString();
    QTest::newRow("siblings, neither a prefix") << QStringList{QStringLiteral("Quenby Labs|company")}
                                                << QStringLiteral("Quenby Systems") << company << QString();
    QTest::newRow("ambiguous: two companies on the stem")
        << QStringList{QStringLiteral("Quenby Labs|company"), QStringLiteral("Quenby Systems|company")}
        << QStringLiteral("Quenby") << company << QString();
    QTest::newRow("ambiguous: short and long both known")
        << QStringList{QStringLiteral("Ormsby|company"), QStringLiteral("Ormsby Capital|company")}
        << QStringLiteral("Ormsby Robotics") << company << QString();
    QTest::newRow("people are never merged") << QStringList{QStringLiteral("Rowan Hale|person")}
                                             << QStringLiteral("Rowan Hale Ventures") << person << QString();
    QTest::newRow("a company does not join a person") << QStringList{QStringLiteral("Rowan Hale|person")}
                                                      << QStringLiteral("Rowan Hale Ventures") << company
                                                      << QString();
    QTest::newRow("a person does not join a company") << QStringList{QStringLiteral("Tamsin Vale Labs|company")}
                                                      << QStringLiteral("Tamsin Vale") << person << QString();
    QTest::newRow("stem too short") << QStringList{QStringLiteral("Qi Systems|company")} << QStringLiteral("Qi")
                                    << company << QString();
}

void tst_Storage::mergesCorporateForms()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, resolvesTo);
    Database db;
    QVERIFY(db.open(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".sqlite")));
    // Created as they are (an older database may hold both "Ormsby" and
    // "Ormsby Capital": the rule below would have merged them).
    for (const QString &row : std::as_const(existing)) {
        Entity e;
        e.name = row.section(u'|', 0, 0);
        e.type = *entityTypeFromString(row.section(u'|', 1));
        QVERIFY(EntityStore(db).create(e) > 0);
    }
    ArticleWriter writer(db);
    const int before = EntityStore(db).count();
    QCOMPARE(before, existing.size());

    // Through the writer, as an import does.
    Extraction x;
    x.entities = {entity(name, *entityTypeFromString(type))};
    const StoreResult r = writer.store(source(u"Later: " + name), x);
    QCOMPARE(r.outcome, StoreResult::Outcome::Stored);
    EntityStore entities(db);
    if (resolvesTo.isEmpty()) {
        QCOMPARE(r.newEntities, 1);
        QCOMPARE(entities.count(), before + 1);
        return;
    }
    QCOMPARE(r.newEntities, 0);
    QCOMPARE(entities.count(), before);
    const auto id = entities.resolve(resolvesTo, EntityType::Company);
    QVERIFY(id);
    const auto merged = entities.entity(*id);
    QCOMPARE(merged->name, resolvesTo);
    // The other form is remembered, so it now resolves by alias.
    QVERIFY2(merged->aliases.contains(name), qPrintable(merged->aliases.join(u',')));
    QCOMPARE(entities.resolve(name, EntityType::Company), id);
    QCOMPARE(BrowseStore(db).summary(*id)->articleCount, 1);
}

void tst_Storage::sortColumnsFollowWrites()
{
    Database db;
    QVERIFY(db.open(dbPath("counts.sqlite")));
    ArticleWriter writer(db);
    // Three articles: Acme in all, with different dates and partners; one
    // undated (its import day counts).
    const QList<std::pair<QString, QDate>> articles{
        {QStringLiteral("Gantry"), QDate(2024, 2, 1)},
        {QStringLiteral("Pellucid"), QDate(2025, 7, 30)},
        {QStringLiteral("Gantry"), QDate()},
    };
    QList<qint64> ids;
    for (int i = 0; i < articles.size(); ++i) {
        Extraction x = acquisition(QStringLiteral("Acmeline"), articles.at(i).first, Status::Completed);
        x.entities[0].mentions = {{0, 2}, {5, 7}}; // two mentions, one article
        const StoreResult r = writer.store(source(QStringLiteral("article %1").arg(i), articles.at(i).second), x);
        QCOMPARE(r.outcome, StoreResult::Outcome::Stored);
        ids << r.articleId;
        QCOMPARE(countsFromColumns(db), countsFromRows(db));
    }
    const qint64 acme = *EntityStore(db).resolve(QStringLiteral("Acmeline"), EntityType::Company);
    const EntitySummary s = *BrowseStore(db).summary(acme);
    QCOMPARE(s.relationCount, 2);
    QCOMPARE(s.articleCount, 3);
    QCOMPARE(s.lastMentioned, QDateTime::currentDateTimeUtc().date());

    // Removing articles takes their counts away, edges without claims too.
    QVERIFY(ArticleStore(db).remove(ids.at(2)));
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
    QCOMPARE(BrowseStore(db).summary(acme)->lastMentioned, QDate(2025, 7, 30));
    QVERIFY(ArticleStore(db).remove(ids.at(1)));
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
    QCOMPARE(BrowseStore(db).summary(acme)->relationCount, 1);
    QCOMPARE(BrowseStore(db).summary(acme)->articleCount, 1);
}

void tst_Storage::sortedPagesMatchInMemoryOrder()
{
    Database db;
    QVERIFY(db.open(dbPath("sorted.sqlite")));
    ArticleWriter writer(db);
    // Ties on every count, names that fold alike, undated entities.
    const QStringList names{QStringLiteral("Zephyrine"), QStringLiteral("Arbolina"), QStringLiteral("Élodine"),
                            QStringLiteral("Mirefield"), QStringLiteral("Cobaltry"), QStringLiteral("Brisque")};
    for (int i = 0; i < names.size(); ++i) {
        Extraction x = acquisition(names.at(i), names.at((i + 1 + i / 2) % names.size()), Status::Completed);
        if (i % 2)
            x.entities << entity(QStringLiteral("Noemi Castell"), EntityType::Person);
        QCOMPARE(writer.store(source(QStringLiteral("sorted %1").arg(i), QDate(2023, 1 + i % 3, 1)), x).outcome,
                 StoreResult::Outcome::Stored);
    }
    EntityStore(db).create(Entity{0, EntityType::Product, QStringLiteral("Orphan Widget"), {}, {}, {}, {}});
    const QList<EntityType> typeOrder{EntityType::Company, EntityType::Organization, EntityType::Person,
                                      EntityType::Product};
    QList<EntitySummary> all = BrowseStore(db).summariesOf([&] {
        QList<qint64> ids;
        for (const Entity &e : EntityStore(db).all())
            ids << e.id;
        return ids;
    }());
    QCOMPARE(all.size(), EntityStore(db).count());

    for (const EntitySortKey key : {EntitySortKey::Id, EntitySortKey::Name, EntitySortKey::Type,
                                    EntitySortKey::Relations, EntitySortKey::Articles,
                                    EntitySortKey::LastMentioned}) {
        const auto less = [&](const EntitySummary &l, const EntitySummary &r) {
            const EntityPageCursor a = BrowseStore::cursorOf(l, key, typeOrder);
            const EntityPageCursor b = BrowseStore::cursorOf(r, key, typeOrder);
            if (key == EntitySortKey::Id)
                return a.id < b.id;
            if (a.key != b.key)
                return QVariant::compare(a.key, b.key) == QPartialOrdering::Less;
            if (a.normalizedName != b.normalizedName)
                return a.normalizedName < b.normalizedName;
            return a.id < b.id;
        };
        for (const bool descending : {false, true}) {
            QList<EntitySummary> expected = all;
            std::sort(expected.begin(), expected.end(), less);
            if (descending)
                std::reverse(expected.begin(), expected.end());
            // Pages of two, each starting after the last row of the one before.
            QList<qint64> paged;
            std::optional<EntityPageCursor> cursor;
            for (int guard = 0; guard < 100; ++guard) {
                const QList<EntitySummary> page = BrowseStore(db).sortedPage(key, descending, cursor, 2, typeOrder);
                for (const EntitySummary &row : page)
                    paged << row.entity.id;
                if (page.size() < 2)
                    break;
                cursor = BrowseStore::cursorOf(page.constLast(), key, typeOrder);
            }
            QList<qint64> expectedIds;
            for (const EntitySummary &row : std::as_const(expected))
                expectedIds << row.entity.id;
            QVERIFY2(paged == expectedIds, qPrintable(QStringLiteral("key %1 %2").arg(int(key)).arg(descending)));
        }
    }
}

void tst_Storage::upgradesVersion1InPlace()
{
    const QString path = dbPath("version1.sqlite");
    {
        // A database as version 1 left it, with an article, two entities,
        // their mentions and an edge.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QStringList statements{
            QStringLiteral("CREATE TABLE liaison_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO liaison_meta VALUES ('schema_version', '1')")};
        statements += schemaMigrations(SqlDialect()).constFirst().statements;
        statements += QStringList{
            QStringLiteral("INSERT INTO articles (id, sha256, published, imported_at, text) VALUES "
                           "(1, 'a', '2022-05-04', '2026-01-01T00:00:00Z', 'Vantor bought Quillon.'), "
                           "(2, 'b', NULL, '2026-02-03T10:00:00Z', 'Vantor again.')"),
            QStringLiteral("INSERT INTO entities (id, type, name, normalized_name) VALUES "
                           "(1, 'company', 'Vantor', 'vantor'), (2, 'company', 'Quillon', 'quillon'), "
                           "(3, 'person', 'Nobody Here', 'nobody here')"),
            QStringLiteral("INSERT INTO mentions (entity_id, article_id, span_start, span_end) VALUES "
                           "(1, 1, 0, 6), (2, 1, 14, 21), (1, 2, 0, 6), (1, 2, 0, 6)"),
            QStringLiteral("INSERT INTO relations (type, source_id, target_id, status) VALUES "
                           "('acquired', 1, 2, 'completed')")};
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(q.exec(statement), qPrintable(statement + u": " + q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(rowCount(db, "articles"), 2); // upgraded in place, nothing lost
    // Version 3 dropped the two indexes that duplicated others.
    {
        QSqlQuery indexes = db.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('entities_normalized', 'mentions_entity')"));
        QVERIFY(indexes.exec() && indexes.next());
        QCOMPARE(indexes.value(0).toInt(), 0);
        // Looking mentions up by entity still goes through an index.
        QSqlQuery plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM mentions WHERE entity_id = 1"));
        QVERIFY(plan.exec() && plan.next());
        QVERIFY2(plan.value(3).toString().contains(u"mentions_entity_article"), qPrintable(plan.value(3).toString()));
        // Version 4: the edge index starts with the source and replaces relations_source.
        QSqlQuery gone = db.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'relations_source'"));
        QVERIFY(gone.exec() && gone.next());
        QCOMPARE(gone.value(0).toInt(), 0);
        for (const char *sql : {"EXPLAIN QUERY PLAN SELECT id FROM relations WHERE source_id = 1",
                                "EXPLAIN QUERY PLAN SELECT id FROM relations WHERE type = 'acquired' AND source_id = 1 "
                                "AND COALESCE(target_id, 0) = 2"}) {
            QSqlQuery edges = db.prepare(QString::fromLatin1(sql));
            QVERIFY(edges.exec() && edges.next());
            QVERIFY2(edges.value(3).toString().contains(u"relations_edge"), qPrintable(edges.value(3).toString()));
        }
        // Still one edge per (type, source, target).
        QSqlQuery twice = db.prepare(QStringLiteral(
            "INSERT INTO relations (type, source_id, target_id, status) VALUES ('acquired', 1, 2, 'talks')"));
        QVERIFY(!twice.exec());
    }
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
    const EntitySummary vantor = *BrowseStore(db).summary(1);
    QCOMPARE(vantor.relationCount, 1);
    QCOMPARE(vantor.articleCount, 2);
    QCOMPARE(vantor.lastMentioned, QDate(2026, 2, 3));
    QCOMPARE(BrowseStore(db).summary(3)->lastMentioned, QDate());
    // And it keeps counting after the upgrade.
    ArticleWriter writer(db);
    QCOMPARE(writer.store(source(QStringLiteral("third"), QDate(2026, 3, 1)),
                          acquisition(QStringLiteral("Vantor"), QStringLiteral("Pressly"), Status::Talks))
                 .outcome,
             StoreResult::Outcome::Stored);
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
    QCOMPARE(BrowseStore(db).summary(1)->relationCount, 2);
    // Version 5: no insert trigger; what the old one indexed is still found,
    // a new article is indexed by the writer, a delete keeps the index whole.
    {
        QSqlQuery trigger = db.prepare(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'articles_fts_insert'"));
        QVERIFY(trigger.exec() && trigger.next());
        QCOMPARE(trigger.value(0).toInt(), 0);
    }
    ArticleStore articles(db);
    QCOMPARE(articles.search(QStringLiteral("Quillon")).size(), 1);
    QCOMPARE(articles.search(QStringLiteral("third")).size(), 1);
    QVERIFY(articles.remove(1));
    QCOMPARE(articles.search(QStringLiteral("Quillon")).size(), 0);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")));
}

// Version 7 packs an entity's spans in one article into one row; the rows
// a version-6 database holds (one per span) stay as they are and read alike.
void tst_Storage::upgradesVersion6Mentions()
{
    const QString path = dbPath("version6.sqlite");
    QStringList before;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QStringList statements{
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("CREATE TABLE liaison_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO liaison_meta VALUES ('schema_version', '6')")};
        QString recount;
        for (const Migration &m : schemaMigrations(SqlDialect())) {
            if (m.version <= 6)
                statements += m.statements;
            for (const QString &statement : m.statements) {
                if (m.version == 2 && statement.startsWith(u"UPDATE entities"))
                    recount = statement;
            }
        }
        QVERIFY(!recount.isEmpty());
        statements += QStringList{
            QStringLiteral("INSERT INTO articles (id, sha256, published, imported_at, text) VALUES "
                           "(1, 'a', '2022-05-04', '2026-01-01T00:00:00Z', 'Vantor bought Quillon; Vantor and Quillon.'), "
                           "(2, 'b', NULL, '2026-02-03T10:00:00Z', 'Vantor again, Vantor.')"),
            QStringLiteral("INSERT INTO entities (id, type, name, normalized_name) VALUES "
                           "(1, 'company', 'Vantor', 'vantor'), (2, 'company', 'Quillon', 'quillon'), "
                           "(3, 'person', 'Nobody Here', 'nobody here')"),
            // One row per span as version 6 wrote them, out of text order and
            // with a span stored twice.
            QStringLiteral("INSERT INTO mentions (entity_id, article_id, span_start, span_end) VALUES "
                           "(1, 1, 0, 6), (1, 1, 23, 29), (2, 1, 14, 21), (2, 1, 34, 41), "
                           "(1, 2, 14, 20), (1, 2, 0, 6), (1, 2, 14, 20)"),
            recount};
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(q.exec(statement), qPrintable(statement + u": " + q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT entity_id, article_id, span_start, span_end FROM mentions")));
        before = mentionSpans(q);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));
    QCOMPARE(before.size(), 7);

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(mentionSpans(db), before);
    QCOMPARE(rowCount(db, "mentions"), 7); // copied as they were, ids included
    {
        QSqlQuery ids = db.prepare(QStringLiteral("SELECT MIN(id), MAX(id), COUNT(spans) FROM mentions"));
        QVERIFY(ids.exec() && ids.next());
        QCOMPARE(ids.value(0).toInt(), 1);
        QCOMPARE(ids.value(1).toInt(), 7);
        QCOMPARE(ids.value(2).toInt(), 0);
        // No AUTOINCREMENT any more, both lookups still indexed.
        QSqlQuery sequence =
            db.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_sequence WHERE name LIKE 'mentions%'"));
        QVERIFY(sequence.exec() && sequence.next());
        QCOMPARE(sequence.value(0).toInt(), 0);
        for (const auto &[sql, index] :
             {std::pair{"EXPLAIN QUERY PLAN SELECT * FROM mentions WHERE entity_id = 1", u"mentions_entity_article"},
              std::pair{"EXPLAIN QUERY PLAN SELECT * FROM mentions WHERE article_id = 1", u"mentions_article"}}) {
            QSqlQuery plan = db.prepare(QString::fromLatin1(sql));
            QVERIFY(plan.exec() && plan.next());
            QVERIFY2(plan.value(3).toString().contains(QStringView(index)), qPrintable(plan.value(3).toString()));
        }
    }
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
    QCOMPARE(BrowseStore(db).summary(1)->articleCount, 2);
    QCOMPARE(BrowseStore(db).summary(1)->lastMentioned, QDate(2026, 2, 3));

    // The old rows read as before: every span, in text order.
    ArticleStore articles(db);
    QStringList first;
    for (const ArticleMention &m : articles.mentions(1))
        first << QStringLiteral("%1@%2").arg(m.entityName).arg(m.mention.start);
    QCOMPARE(first, QStringList({QStringLiteral("Vantor@0"), QStringLiteral("Quillon@14"), QStringLiteral("Vantor@23"),
                                 QStringLiteral("Quillon@34")}));
    QCOMPARE(articles.mentions(2).size(), 3);

    // A new article next to them gets one row per entity, with a new id.
    ArticleWriter writer(db);
    Extraction x = acquisition(QStringLiteral("Vantor"), QStringLiteral("Pressly"), Status::Talks);
    x.entities[0].mentions = {{0, 6}, {30, 36}};
    const StoreResult r = writer.store(source(QStringLiteral("Vantor buys Pressly, says ... Vantor"), QDate(2026, 3, 1)), x);
    QCOMPARE(r.outcome, StoreResult::Outcome::Stored);
    QCOMPARE(rowCount(db, "mentions"), 9);
    {
        QSqlQuery row = db.prepare(
            QStringLiteral("SELECT id, span_start, span_end, spans FROM mentions WHERE article_id = :a AND entity_id = 1"));
        row.bindValue(QStringLiteral(":a"), r.articleId);
        QVERIFY(row.exec() && row.next());
        QVERIFY(row.value(0).toInt() > 7);
        QCOMPARE(row.value(1).toInt(), 0);
        QCOMPARE(row.value(2).toInt(), 6);
        QCOMPARE(row.value(3).toString(), QStringLiteral("30:36"));
        QVERIFY(!row.next());
    }
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
    QCOMPARE(BrowseStore(db).summary(1)->articleCount, 3);

    // Deleting an article takes its rows, old and new, and its counts.
    QVERIFY(articles.remove(1));
    QVERIFY(articles.remove(r.articleId));
    QCOMPARE(mentionSpans(db), before.filter(QRegularExpression(QStringLiteral("^\\d+/2/"))));
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
    QCOMPARE(BrowseStore(db).summary(1)->articleCount, 1);
    QCOMPARE(BrowseStore(db).summary(2)->articleCount, 0);
}

// The writer stores one mentions row per entity of an article, however many
// times (and under however many extracted names) the article names it.
void tst_Storage::packsMentionsPerEntity()
{
    Database db;
    QVERIFY(db.open(dbPath("packed.sqlite")));
    const QString text = QStringLiteral("Acme met Jane Doe. Acme paid; Acme left. ACME");
    Extraction x;
    x.language = QStringLiteral("en");
    x.entities = {entity(QStringLiteral("Acme"), EntityType::Company, {{30, 34}, {0, 4}, {19, 23}}),
                  entity(QStringLiteral("Jane Doe"), EntityType::Person, {{9, 17}}),
                  // Resolves to the same entity as the first.
                  entity(QStringLiteral("ACME"), EntityType::Company, {{41, 45}})};
    ArticleWriter writer(db);
    const StoreResult r = writer.store(source(text), x);
    QCOMPARE(r.outcome, StoreResult::Outcome::Stored);
    const qint64 acme = *EntityStore(db).resolve(QStringLiteral("Acme"), EntityType::Company);

    QSqlQuery rows = db.prepare(QStringLiteral(
        "SELECT entity_id, span_start, span_end, spans FROM mentions WHERE article_id = :a ORDER BY span_start"));
    rows.bindValue(QStringLiteral(":a"), r.articleId);
    QVERIFY(rows.exec());
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toLongLong(), acme);
    QCOMPARE(rows.value(1).toInt(), 0);
    QCOMPARE(rows.value(2).toInt(), 4);
    QCOMPARE(rows.value(3).toString(), QStringLiteral("19:23 30:34 41:45"));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(1).toInt(), 9);
    QVERIFY(rows.value(3).isNull()); // mentioned once: nothing packed
    QVERIFY(!rows.next());

    // Read back: one mention per span, in text order.
    QStringList read;
    for (const ArticleMention &m : ArticleStore(db).mentions(r.articleId)) {
        read << QStringLiteral("%1@%2-%3").arg(m.entityName).arg(m.mention.start).arg(m.mention.end);
        QCOMPARE(m.mention.articleId, r.articleId);
    }
    QCOMPARE(read, QStringList({QStringLiteral("Acme@0-4"), QStringLiteral("Jane Doe@9-17"),
                                QStringLiteral("Acme@19-23"), QStringLiteral("Acme@30-34"),
                                QStringLiteral("Acme@41-45")}));
    QCOMPARE(BrowseStore(db).summary(acme)->articleCount, 1);
    QCOMPARE(countsFromColumns(db), countsFromRows(db));

    QCOMPARE(ArticleStore::packSpans({}), QByteArray());
    QVERIFY(ArticleStore::packSpans({}).isNull());
    QCOMPARE(ArticleStore::unpackSpans(u"1:2  3:4 x:5 6"), (QList<std::pair<int, int>>{{1, 2}, {3, 4}}));
}

// An entity merged into another (its rows moved to the other's id) may leave
// two rows for one entity in an article: both are read, counted once.
void tst_Storage::mergedEntityKeepsEveryMention()
{
    Database db;
    QVERIFY(db.open(dbPath("merged.sqlite")));
    ArticleWriter writer(db);
    Extraction both;
    both.language = QStringLiteral("en");
    both.entities = {entity(QStringLiteral("Acme"), EntityType::Company, {{0, 4}, {10, 14}}),
                     entity(QStringLiteral("Zenith Works"), EntityType::Company, {{20, 32}, {40, 52}})};
    const StoreResult a = writer.store(source(QStringLiteral("Acme, then Acme. Zenith Works and Zenith Works")), both);
    Extraction other;
    other.language = QStringLiteral("en");
    other.entities = {entity(QStringLiteral("Zenith Works"), EntityType::Company, {{0, 12}})};
    const StoreResult b = writer.store(source(QStringLiteral("Zenith Works alone")), other);
    QCOMPARE(a.outcome, StoreResult::Outcome::Stored);
    QCOMPARE(b.outcome, StoreResult::Outcome::Stored);
    const qint64 acme = *EntityStore(db).resolve(QStringLiteral("Acme"), EntityType::Company);
    const qint64 zenith = *EntityStore(db).resolve(QStringLiteral("Zenith Works"), EntityType::Company);
    const QStringList before = mentionSpans(db);

    // The merge: Zenith's rows become Acme's, Zenith goes.
    QVERIFY(db.exec(QStringLiteral("UPDATE mentions SET entity_id = :to WHERE entity_id = :from"),
                    {{":to", acme}, {":from", zenith}}));
    QVERIFY(db.exec(QStringLiteral("DELETE FROM entities WHERE id = :id"), {{":id", zenith}}));
    QVERIFY(EntityStore(db).refreshCounts({acme}));
    QStringList merged = before;
    merged.replaceInStrings(QRegularExpression(QStringLiteral("^%1/").arg(zenith)), QStringLiteral("%1/").arg(acme));
    merged.sort();
    QCOMPARE(mentionSpans(db), merged);
    QCOMPARE(BrowseStore(db).summary(acme)->articleCount, 2);
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
    QStringList read;
    for (const ArticleMention &m : ArticleStore(db).mentions(a.articleId))
        read << QStringLiteral("%1@%2").arg(m.mention.entityId == acme ? QStringLiteral("acme") : QStringLiteral("?"))
                    .arg(m.mention.start);
    QCOMPARE(read, QStringList({QStringLiteral("acme@0"), QStringLiteral("acme@10"), QStringLiteral("acme@20"),
                                QStringLiteral("acme@40")}));

    // Deleting the article takes both rows; the entity keeps the other article.
    QVERIFY(ArticleStore(db).remove(a.articleId));
    QCOMPARE(mentionSpans(db), QStringList{QStringLiteral("%1/%2/0-12").arg(acme).arg(b.articleId)});
    QCOMPARE(BrowseStore(db).summary(acme)->articleCount, 1);
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
}

// An import indexes articles for search every N articles and marks the
// database meanwhile; whoever opens a marked database indexes what is left,
// and a writer still running then does not index those twice.
// A batch ends after a number of articles or, with setBatchInterval(), once
// its first article is that old: readers lag behind by a bounded time.
void tst_Storage::batchesEndAfterTheirInterval()
{
    Database db;
    QVERIFY(db.open(dbPath("batch-interval.sqlite")));
    Database reader;
    QVERIFY(reader.open(dbPath("batch-interval.sqlite")));
    ArticleWriter writer(db);
    writer.setCountBatch(1000);
    writer.setSearchBatch(1000);
    writer.setBatchInterval(60 * 60 * 1000);
    const auto store = [&](const QString &text, const QString &buyer, const QString &target) {
        QCOMPARE(writer.store(source(text), acquisition(buyer, target, Status::Completed)).outcome,
                 StoreResult::Outcome::Stored);
    };
    const auto articlesOf = [&](const QString &name) {
        const auto id = EntityStore(reader).resolve(name, EntityType::Company);
        return id ? BrowseStore(reader).summary(*id)->articleCount : -1;
    };

    // Within the interval and the article count, both are held back.
    store(QStringLiteral("Orvane acquired Tarsis."), QStringLiteral("Orvane"), QStringLiteral("Tarsis"));
    store(QStringLiteral("Orvane acquired Quillmere."), QStringLiteral("Orvane"), QStringLiteral("Quillmere"));
    QCOMPARE(articlesOf(QStringLiteral("Orvane")), 0);
    QVERIFY(ArticleStore(reader).search(QStringLiteral("Quillmere")).isEmpty());

    // Past it, the next article writes the batch with its own.
    writer.setBatchInterval(30);
    QThread::msleep(40);
    store(QStringLiteral("Orvane acquired Sorrel."), QStringLiteral("Orvane"), QStringLiteral("Sorrel"));
    QCOMPARE(articlesOf(QStringLiteral("Orvane")), 3);
    QCOMPARE(ArticleStore(reader).search(QStringLiteral("Quillmere")).size(), 1);
    QCOMPARE(ArticleStore(reader).search(QStringLiteral("Sorrel")).size(), 1);
    QCOMPARE(countsFromColumns(reader), countsFromRows(reader));

    // The next batch starts its own clock: one article is not late yet.
    writer.setBatchInterval(60 * 60 * 1000);
    store(QStringLiteral("Pellic acquired Brandt."), QStringLiteral("Pellic"), QStringLiteral("Brandt"));
    QCOMPARE(articlesOf(QStringLiteral("Pellic")), 0);
    QVERIFY(ArticleStore(reader).search(QStringLiteral("Brandt")).isEmpty());
    QVERIFY(writer.flush());
    QCOMPARE(articlesOf(QStringLiteral("Pellic")), 1);
    QCOMPARE(ArticleStore(reader).search(QStringLiteral("Brandt")).size(), 1);
}

void tst_Storage::batchedSearchSurvivesAnInterruptedImport()
{
    const QString path = dbPath("batched-search.sqlite");
    const auto marked = [](Database &db) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM liaison_meta WHERE key = 'fts_pending'"));
        return q.exec() && q.next() && q.value(0).toInt() > 0;
    };
    const auto intact = [](Database &db) {
        return db.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"));
    };
    const auto found = [](Database &db, const char *word) {
        return int(ArticleStore(db).search(QLatin1StringView(word)).size());
    };
    Database db;
    QVERIFY(db.open(path));
    {
        ArticleWriter writer(db);
        writer.setSearchBatch(3);
        QCOMPARE(writer.store(source(QStringLiteral("Alphaword one.")), {}).outcome, StoreResult::Outcome::Stored);
        QCOMPARE(writer.store(source(QStringLiteral("Betaword two.")), {}).outcome, StoreResult::Outcome::Stored);
        // Stored, not indexed yet, and the database says so.
        QVERIFY(marked(db));
        QCOMPARE(found(db, "alphaword"), 0);
        QCOMPARE(ArticleStore(db).count(), 2);

        // Someone opens the database meanwhile: it indexes them.
        {
            Database reader;
            QVERIFY(reader.open(path));
            QVERIFY(!marked(reader));
            QCOMPARE(found(reader, "alphaword"), 1);
            QCOMPARE(found(reader, "betaword"), 1);
        }

        // The writer's batch ends with the third article: the two the reader
        // indexed are not indexed again (the index would fail its check).
        QCOMPARE(writer.store(source(QStringLiteral("Gammaword three.")), {}).outcome, StoreResult::Outcome::Stored);
        QVERIFY(!marked(db));
        QCOMPARE(found(db, "gammaword"), 1);
        QCOMPARE(found(db, "alphaword"), 1);
        QVERIFY(intact(db));

        // An article deleted before it was indexed leaves the index whole.
        QCOMPARE(writer.store(source(QStringLiteral("Deltaword four.")), {}).outcome, StoreResult::Outcome::Stored);
        QVERIFY(marked(db));
        QVERIFY(ArticleStore(db).remove(*ArticleStore(db).idOf(source(QStringLiteral("Deltaword four.")).sha256)));
        QVERIFY(writer.flush());
        QVERIFY(!marked(db));
        QCOMPARE(found(db, "deltaword"), 0);
        QVERIFY(intact(db));

        // An import that dies between two batches: rows stored, not indexed.
        QCOMPARE(writer.store(source(QStringLiteral("Epsilonword five.")), {}).outcome, StoreResult::Outcome::Stored);
        QCOMPARE(writer.store(source(QStringLiteral("Zetaword six.")), {}).outcome, StoreResult::Outcome::Stored);
        QVERIFY(marked(db));
        QCOMPARE(found(db, "epsilonword"), 0);
        db.close(); // the writer can no longer index them, as after kill -9
    }
    Database reopened;
    QVERIFY(reopened.open(path));
    QVERIFY(!marked(reopened));
    QCOMPARE(found(reopened, "epsilonword"), 1);
    QCOMPARE(found(reopened, "zetaword"), 1);
    QCOMPARE(ArticleStore(reopened).count(), 5);
    QVERIFY(intact(reopened));
}

// The writer's statements run through SQLite's C API; another backend runs
// the same writes through QSqlQuery. Both must store the very same rows.
void tst_Storage::sqliteStatementsStoreWhatQSqlQueryStores()
{
    QStringList dumps;
    for (const bool native : {true, false}) {
        Database db;
        QVERIFY(db.open(dbPath(native ? "native.sqlite" : "qsqlquery.sqlite")));
        db.setSqliteStatements(native);
        {
            ArticleWriter writer(db);
            writer.setCountBatch(4);
            writer.setSearchBatch(3);
            for (int i = 0; i < 12; ++i) {
                const QString n = QString::number(i);
                Extraction x = acquisition(i % 3 ? QStringLiteral("Northwind Labs") : QStringLiteral("Northwind"),
                                           u"Target " + n, i % 2 ? Status::Talks : Status::Completed,
                                           i % 4 ? std::optional<Amount>() : Amount{1.5e6 + i, QStringLiteral("EUR")});
                x.entities[1].aliases = {u"Tgt " + n, u"Target " + n + u" Inc"};
                x.entities << entity(u"Ada Person" + n, EntityType::Person, {{2, 5}, {7, 9}});
                ExtractedRelation role = relation(RelationType::Leads, 2, 0, Status::Completed);
                role.role = i % 2 ? QStringLiteral("CEO") : QString();
                role.date = i % 5 ? QString() : QStringLiteral("2025-0%1-01").arg(i % 9 + 1);
                x.relations << role;
                ExtractedRelation stake = relation(RelationType::InvestedIn, 0, 1, Status::Announced);
                stake.stakePercent = i % 3 ? std::optional<double>(12.5 * i) : std::nullopt;
                x.relations << stake;
                QCOMPARE(writer.store(source(u"Article " + n + u" about Northwind and Target " + n + u".",
                                             i % 2 ? QDate(2024, 1 + i, 2) : QDate()),
                                      x)
                             .outcome,
                         StoreResult::Outcome::Stored);
            }
            // Already there: nothing written.
            QCOMPARE(writer.store(source(QStringLiteral("Article 3 about Northwind and Target 3.")), {}).outcome,
                     StoreResult::Outcome::Duplicate);
            QVERIFY(writer.flush());
        }
        QVERIFY(RelationStore(db).rejectClaim(1));
        dumps << tableDump(db).join(u'\n');
        QVERIFY(dumps.constLast().size() > 1000);
    }
    QCOMPARE(dumps.at(0), dumps.at(1));
}

// SqliteStatement binds text as UTF-8 from a buffer it reuses; the bytes
// stored must be those the Qt driver (UTF-16, converted by SQLite) stores,
// for every kind of string, in any order of lengths.
void tst_Storage::sqliteStatementBindsTextAsTheDriver()
{
    Database db;
    QVERIFY(db.open(dbPath("text.sqlite")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, way TEXT, a TEXT, b TEXT)")));
    const QString mixed = QString::fromUtf8("Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale \xE5\x8C\x97\xE4\xBA\xAC "
                                            "\xF0\x9F\x9A\x80\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7");
    QString withNul = QStringLiteral("a");
    withNul += QChar(0);
    withNul += u'b';
    QString loneHigh = QStringLiteral("x");
    loneHigh += QChar(0xD83D); // a high surrogate with nothing after it
    QString loneLow(QChar(0xDE80));
    loneLow += QStringLiteral("y");
    QString swapped(QChar(0xDE80));
    swapped += QChar(0xD83D);
    const QStringList texts{QString(),
                            QStringLiteral(""),
                            QStringLiteral("Northwind"),
                            mixed,
                            mixed.repeated(500), // longer than anything before: the buffer grows
                            QStringLiteral("ab"), // shorter again: stale bytes past the end must not show
                            QString(),
                            withNul,
                            loneHigh,
                            loneLow,
                            swapped,
                            mixed, // after the invalid ones: the encoder has no error left over
                            QStringLiteral("")};
    SqliteStatement *s = db.sqlite(QByteArrayLiteral("INSERT INTO t (way, a, b) VALUES ('native', ?, ?)"));
    QVERIFY(s);
    for (const QString &text : texts) {
        s->bind(1, text);
        s->bindNullable(2, text);
        QVERIFY(db.exec(*s));
        QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO t (way, a, b) VALUES ('driver', ?, ?)"));
        q.bindValue(0, text);
        q.bindValue(1, text.isEmpty() ? QVariant() : QVariant(text));
        QVERIFY(db.exec(q));
    }
    QSqlQuery q = db.prepare(QStringLiteral("SELECT way, typeof(a), hex(a), typeof(b), hex(b), a FROM t ORDER BY id"));
    QVERIFY(q.exec());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &text = texts.at(i);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("native"));
        const QStringList native{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString()};
        const QString back = q.value(5).toString();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("driver"));
        const QStringList driver{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString()};
        QCOMPARE(native, driver);
        // NULL only for a null string (b: for an empty one too); '' stays text.
        QCOMPARE(native.at(0), text.isNull() ? QStringLiteral("null") : QStringLiteral("text"));
        QCOMPARE(native.at(2), text.isEmpty() ? QStringLiteral("null") : QStringLiteral("text"));
        if (text.isValidUtf16())
            QCOMPARE(back, text);
    }
    QVERIFY(!q.next());
}

// Mentions and claims go in multi-row INSERTs of a few fixed sizes (64, 16,
// 8, 4, 2, 1 mention rows; 16, 4, 1 for claims): every count around those sizes must store
// the rows, in order, that one statement per row (QSqlQuery) stores.
void tst_Storage::newEdgesAcrossChunkSizes()
{
    // Articles creating 1 to 21 edges at once (RelationStore::createEdges
    // inserts them 16, 4 and 1 at a time), some named twice in one article
    // with other values, some already there: the rows are those the
    // statement-per-edge path (QSqlQuery) writes, and each edge's columns are
    // what recomputing it from its claims gives.
    QList<QStringList> dumps;
    for (const bool native : {true, false}) {
        Database db;
        QVERIFY(db.open(dbPath(native ? "edges-native.sqlite" : "edges-qsqlquery.sqlite")));
        db.setSqliteStatements(native);
        {
            ArticleWriter writer(db);
            for (const int n : {1, 3, 4, 5, 16, 17, 21, 6}) {
                Extraction x;
                x.language = QStringLiteral("en");
                x.entities << entity(QStringLiteral("Buyer %1").arg(n % 3), EntityType::Company);
                for (int i = 0; i < n; ++i)
                    x.entities << entity(QStringLiteral("Target %1").arg(i), EntityType::Company);
                for (int i = 0; i < n; ++i) {
                    x.relations << relation(RelationType::Acquired, 0, i + 1, i % 2 ? Status::Talks : Status::Rumoured,
                                            i % 3 ? std::optional<Amount>() : Amount{1e6 * (i + 1), QStringLiteral("USD")});
                    if (i % 4 == 0) {
                        ExtractedRelation again = relation(RelationType::Acquired, 0, i + 1, Status::Completed);
                        again.date = QStringLiteral("2024-05-0%1").arg(i % 9 + 1);
                        x.relations << again;
                    }
                }
                x.relations << relation(RelationType::Raised, 0, -1, Status::Completed, Amount{5e6, QStringLiteral("EUR")});
                const StoreResult result =
                    writer.store(source(QStringLiteral("Edges article %1, long enough for its spans.").arg(n)), x);
                QCOMPARE(result.outcome, StoreResult::Outcome::Stored);
            }
            QVERIFY(writer.flush());
        }
        const QStringList rows = edgeRows(db);
        RelationStore relations(db);
        for (const Relation &r : relations.all())
            QVERIFY(relations.refreshAggregate(r.id));
        QCOMPARE(edgeRows(db), rows);
        QCOMPARE(countsFromColumns(db), countsFromRows(db));
        dumps << tableDump(db);
    }
    QCOMPARE(dumps.at(0), dumps.at(1));
}

void tst_Storage::multiRowInsertsAcrossChunkSizes()
{
    const QList<int> counts{0, 1, 3, 4, 5, 15, 16, 17, 20, 21, 63, 64, 65, 85};
    const QString buyer = QString::fromUtf8("Soci\xC3\xA9t\xC3\xA9 \xC3\x9Cnion \xF0\x9F\x9A\x80");
    QStringList dumps;
    for (const bool native : {true, false}) {
        Database db;
        QVERIFY(db.open(dbPath(native ? "rows-native.sqlite" : "rows-qsqlquery.sqlite")));
        db.setSqliteStatements(native);
        QList<qint64> articleIds;
        {
            ArticleWriter writer(db);
            for (const int n : counts) {
                const QString text = u"Article " + QString::number(n) + u": " + buyer
                    + QString::fromUtf8(" rach\xC3\xA8te \xE5\x8C\x97\xE4\xBA\xAC Labs. ").repeated(4);
                Extraction x;
                x.language = QStringLiteral("fr");
                QList<Span> spans;
                for (int i = 0; i < n; ++i)
                    spans << Span{i, i + 3};
                x.entities = {entity(buyer, EntityType::Company, spans),
                              entity(QString::fromUtf8("\xE5\x8C\x97\xE4\xBA\xAC Labs ") + QString::number(n % 3),
                                     EntityType::Company, spans.mid(0, n / 2 + 1))};
                // A mentions row is one entity's spans in one article, so n
                // more entities (one span each) give n more rows.
                for (int i = 0; i < n; ++i)
                    x.entities << entity(u"Firm " + QString::number(i) + u" Holdings", EntityType::Company,
                                         {Span{2 * i, 2 * i + 1}});
                for (int i = 0; i < n; ++i) {
                    ExtractedRelation r = relation(i % 2 ? RelationType::Acquired : RelationType::InvestedIn, 0, 1,
                                                   i % 3 ? Status::Talks : Status::Completed,
                                                   i % 4 ? std::optional<Amount>()
                                                         : Amount{1.0e6 * i, i % 8 ? QStringLiteral("EUR") : QString()});
                    r.role = i % 5 ? QString() : QString::fromUtf8("pr\xC3\xA9sident \xF0\x9F\x8E\xA9");
                    r.date = i % 6 ? QString() : QStringLiteral("2024-0%1-15").arg(i % 9 + 1);
                    r.stakePercent = i % 7 ? std::optional<double>() : std::optional<double>(0.5 * i);
                    r.evidence = {i, i + 12};
                    x.relations << r;
                }
                const StoreResult result = writer.store(source(text, QDate(2024, 3, 1 + n % 28)), x);
                QCOMPARE(result.outcome, StoreResult::Outcome::Stored);
                QCOMPARE(result.claims, n);
                articleIds << result.articleId;
            }
            QVERIFY(writer.flush());
        }
        QCOMPARE(rowCount(db, "mentions"), std::accumulate(counts.cbegin(), counts.cend(), 0,
                                                           [](int sum, int n) { return sum + n + (n ? 2 : 0); }));
        int spans = 0;
        for (const qint64 id : std::as_const(articleIds))
            spans += int(ArticleStore(db).mentions(id).size());
        QCOMPARE(spans, std::accumulate(counts.cbegin(), counts.cend(), 0,
                                        [](int sum, int n) { return sum + n + qMin(n, n / 2 + 1) + n; }));
        QCOMPARE(rowCount(db, "claims"), std::accumulate(counts.cbegin(), counts.cend(), 0));
        dumps << tableDump(db).join(u'\n');
    }
    QCOMPARE(dumps.at(0), dumps.at(1));
}

// An import writes the entities' counts every N articles and marks the
// database meanwhile; whoever opens a marked database recounts, whether the
// import died (counts never written) or is still running (its writer then
// recounts the entities it holds, since the database changed under it).
void tst_Storage::batchedCountsSurviveAnInterruptedImport()
{
    const QString path = dbPath("batched-counts.sqlite");
    const auto marked = [](Database &db) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM liaison_meta WHERE key = 'counts_pending'"));
        return q.exec() && q.next() && q.value(0).toInt() > 0;
    };
    Database db;
    QVERIFY(db.open(path));
    {
        ArticleWriter writer(db);
        writer.setCountBatch(10);
        QCOMPARE(writer.store(source(QStringLiteral("Batch one.")), acquisition(QStringLiteral("Vantor"), QStringLiteral("Quillon"), Status::Talks)).outcome,
                 StoreResult::Outcome::Stored);
        QCOMPARE(writer.store(source(QStringLiteral("Batch two."), QDate(2025, 3, 4)),
                              acquisition(QStringLiteral("Vantor"), QStringLiteral("Pressly"), Status::Completed))
                     .outcome,
                 StoreResult::Outcome::Stored);
        // Not written yet, and the database says so.
        QVERIFY(marked(db));
        QCOMPARE(BrowseStore(db).summary(1)->articleCount, 0);

        // Someone opens the database meanwhile: it recounts from the rows.
        Database reader;
        QVERIFY(reader.open(path));
        QVERIFY(!marked(reader));
        QCOMPARE(countsFromColumns(reader), countsFromRows(reader));
        QCOMPARE(BrowseStore(reader).summary(1)->articleCount, 2);

        // The writer goes on; what it held was counted by the reader already,
        // so it must recount rather than add (Vantor would count 4 articles).
        QCOMPARE(writer.store(source(QStringLiteral("Batch three.")), acquisition(QStringLiteral("Vantor"), QStringLiteral("Orrin"), Status::Rumoured)).outcome,
                 StoreResult::Outcome::Stored);
        QVERIFY(marked(db)); // written again: the reader had cleared it
        QVERIFY(writer.flushCounts());
        QVERIFY(!marked(db));
        QCOMPARE(countsFromColumns(db), countsFromRows(db));
        QCOMPARE(BrowseStore(db).summary(1)->articleCount, 3);
        QCOMPARE(BrowseStore(db).summary(1)->relationCount, 3);

        // An import that dies between two batches: rows stored, counts not.
        QCOMPARE(writer.store(source(QStringLiteral("Batch four.")), acquisition(QStringLiteral("Vantor"), QStringLiteral("Tessel"), Status::Talks)).outcome,
                 StoreResult::Outcome::Stored);
        QVERIFY(marked(db));
        QVERIFY(countsFromColumns(db) != countsFromRows(db));
        db.close(); // the writer can no longer write them, as after kill -9
    }
    Database reopened;
    QVERIFY(reopened.open(path));
    QVERIFY(!marked(reopened));
    QCOMPARE(countsFromColumns(reopened), countsFromRows(reopened));
    QCOMPARE(BrowseStore(reopened).summary(1)->articleCount, 4);
}

void tst_Storage::foldedAggregatesMatchRecomputation_data()
{
    QTest::addColumn<int>("reviewer");
    QTest::addColumn<int>("countBatch");
    QTest::newRow("reviews on the writer's connection") << 0 << 1;
    QTest::newRow("reviews on another connection") << 1 << 1;
    // Counts written every 5 articles, as an import writes them every 128:
    // reviews between them change counts the writer still holds.
    QTest::newRow("counts in batches, reviews on the writer's connection") << 0 << 5;
    QTest::newRow("counts in batches, reviews on another connection") << 1 << 5;
}

// The writer folds each new claim into its edge and keeps names, edges and
// counts in memory across articles; whatever it stores must be what
// recomputing everything from the claims and mentions gives, also when claims
// are rejected, confirmed or edited between its articles.
void tst_Storage::foldedAggregatesMatchRecomputation()
{
    QFETCH(int, reviewer);
    QFETCH(int, countBatch);
    const QString path = m_dir.filePath(QStringLiteral("fold-%1-%2.sqlite").arg(reviewer).arg(countBatch));
    Database db;
    QVERIFY(db.open(path));
    Database other;
    QVERIFY(other.open(path));
    Database &reviewDb = reviewer ? other : db;
    ArticleWriter writer(db);
    writer.setCountBatch(countBatch);

    QRandomGenerator random(4242);
    const QStringList companies{QStringLiteral("Orvane"),      QStringLiteral("Pellic Group"),
                                QStringLiteral("Tarsis"),      QStringLiteral("Quillmere"),
                                QStringLiteral("Brandt Vell"), QStringLiteral("Sorrel Works")};
    const QStringList dates{QString(), QStringLiteral("2024"), QStringLiteral("2024-05"),
                            QStringLiteral("2025-01-02"), QStringLiteral("2023-11-30")};
    const QList<Status> statuses{Status::Rumoured, Status::Talks, Status::Announced, Status::Completed};
    for (int n = 0; n < 80; ++n) {
        Extraction x;
        x.language = QStringLiteral("en");
        const int entityCount = 2 + random.bounded(3);
        QSet<int> picked;
        while (picked.size() < entityCount)
            picked.insert(random.bounded(int(companies.size())));
        for (const int c : std::as_const(picked)) {
            // Sometimes no mention: the entity then counts edges but no article.
            x.entities << entity(companies.at(c), EntityType::Company,
                                 random.bounded(5) ? QList<Span>{{0, 3}, {5, 8}} : QList<Span>{});
        }
        for (int r = 1 + random.bounded(3); r > 0; --r) {
            const int a = random.bounded(entityCount);
            const int b = random.bounded(entityCount);
            ExtractedRelation rel = relation(random.bounded(4) ? RelationType::Acquired : RelationType::PartnersWith, a,
                                             b, statuses.at(random.bounded(int(statuses.size()))));
            if (random.bounded(2))
                rel.amount = Amount{double(1 + random.bounded(9)) * 1e6, random.bounded(2) ? QStringLiteral("EUR") : QStringLiteral("USD")};
            if (!random.bounded(3))
                rel.stakePercent = 5.0 * (1 + random.bounded(10));
            rel.date = dates.at(random.bounded(int(dates.size())));
            x.relations << rel;
        }
        const QDate published = random.bounded(3) ? QDate(2024, 1 + random.bounded(12), 1 + random.bounded(28)) : QDate();
        const StoreResult stored = writer.store(source(QStringLiteral("Fold article %1.").arg(n), published), x);
        QCOMPARE(stored.outcome, StoreResult::Outcome::Stored);
        // After every batch the columns are right again.
        if (n % countBatch == countBatch - 1)
            QCOMPARE(countsFromColumns(db), countsFromRows(db));

        // Now and then the user reviews a claim between two articles.
        if (n % 7 == 6) {
            RelationStore reviews(reviewDb);
            const QList<ClaimDetail> claims = reviews.allClaims();
            QVERIFY(!claims.isEmpty());
            Claim claim = claims.at(random.bounded(int(claims.size()))).claim;
            switch (n % 3) {
            case 0: QVERIFY(reviews.rejectClaim(claim.id)); break;
            case 1: QVERIFY(reviews.confirmClaim(claim.id)); break;
            default:
                claim.amount = Amount{123e6, QStringLiteral("EUR")};
                claim.date = QStringLiteral("2026-02");
                QVERIFY(reviews.editClaim(claim));
                break;
            }
        }
    }
    QVERIFY(rowCount(db, "relations") > 10);
    QVERIFY(writer.flushCounts());
    const QStringList stored = edgeRows(db);
    RelationStore relations(db);
    for (const Relation &r : relations.all())
        QVERIFY(relations.refreshAggregate(r.id));
    QCOMPARE(stored, edgeRows(db));
    QCOMPARE(countsFromColumns(db), countsFromRows(db));
}

QTEST_MAIN(tst_Storage)
#include "tst_storage.moc"
