#include "ingest/importer.h"
#include "extract/extractor.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/relationstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace liaison;

namespace {

const QString kFolder = QStringLiteral(LIAISON_TEST_DATA "/ingest/folder");

// A stand-in for the extraction engine: every capitalized word of three
// letters or more is a company; the first two partner with each other.
Extraction fakeExtract(const SourceText &source)
{
    static const QRegularExpression word(QStringLiteral("\\b[A-Z][a-z]{2,}\\b"));
    static const QStringList ignored{QStringLiteral("The"), QStringLiteral("Both"), QStringLiteral("Monday")};
    Extraction x;
    x.language = QStringLiteral("en");
    QHash<QString, int> index;
    auto it = word.globalMatch(source.text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured();
        if (ignored.contains(name))
            continue;
        if (!index.contains(name)) {
            index.insert(name, int(x.entities.size()));
            x.entities.append(ExtractedEntity{name, EntityType::Company, {}, {}});
        }
        x.entities[index.value(name)].mentions.append(Span{int(m.capturedStart()), int(m.capturedEnd())});
    }
    if (x.entities.size() >= 2) {
        ExtractedRelation r;
        r.type = RelationType::PartnersWith;
        r.source = 0;
        r.target = 1;
        r.status = Status::Announced;
        r.evidence = Span{0, int(source.text.indexOf(u'.')) + 1};
        r.confidence = 0.9;
        x.relations.append(r);
    }
    return x;
}

// What a reader sees without Database::open, which would index what an
// import left unindexed: every article that a search over one of its own
// words does not find, and whether the database still says some are pending.
QStringList unsearchable(const QString &path, bool *pending)
{
    QStringList missing;
    const QString name = QStringLiteral("raw-search");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (!raw.open())
            return {QStringLiteral("cannot open")};
        QSqlQuery q(raw);
        *pending = q.exec(QStringLiteral("SELECT 1 FROM liaison_meta WHERE key = 'fts_pending'")) && q.next();
        QList<std::pair<qint64, QString>> articles;
        q.exec(QStringLiteral("SELECT id, text FROM articles ORDER BY id"));
        while (q.next())
            articles.append({q.value(0).toLongLong(), q.value(1).toString()});
        static const QRegularExpression wordRe(QStringLiteral("\\w{4,}"));
        for (const auto &[id, text] : std::as_const(articles)) {
            bool found = false;
            QSqlQuery search(raw);
            search.prepare(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"));
            search.addBindValue(QString(u'"' + wordRe.match(text).captured() + u'"'));
            if (search.exec()) {
                while (search.next())
                    found = found || search.value(0).toLongLong() == id;
            }
            if (!found)
                missing << QString::number(id);
        }
        if (!q.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")))
            missing << q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return missing;
}

int count(Database &db, const char *sql)
{
    QSqlQuery q = db.prepare(QString::fromLatin1(sql));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class tst_Ingest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void collectsFiles();
    void followsNoSymlinkLoop();
    void importsFolder();
    void reimportSkipsBeforeExtracting();
    void reimportKnowsFilesByTheirBytes();
    void refusesExplicitFiles();
    void reportsProgress();
    void cancelLeavesWholeArticles();
    void runsOnWorkerThread();
    void passesKnownEntities();
    void refusesBadDatabase();
    void reportsOnlyCommittedArticles();
    void groupsEndByTheOptions();
    void failedArticleIsRefusedAlone();

private:
    QString newDb() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbCount)); }
    QTemporaryDir m_dir;
    int m_dbCount = 0;
};

void tst_Ingest::collectsFiles()
{
    QList<RefusedFile> refused;
    const QStringList files = Importer::collectFiles({kFolder}, &refused);
    QStringList relative;
    for (const QString &f : files)
        relative << QDir(kFolder).relativeFilePath(f);
    // Sorted, folders after files, unsupported suffixes skipped without a word.
    QCOMPARE(relative, (QStringList{QStringLiteral("alpha.txt"), QStringLiteral("beta.md"),
                                    QStringLiteral("empty.txt"), QStringLiteral("nested/alpha-copy.txt"),
                                    QStringLiteral("nested/gamma.txt"), QStringLiteral("nested/deeper/delta.txt")}));
    QVERIFY(refused.isEmpty());
    // A file named twice, directly and through its folder, is read once.
    QCOMPARE(Importer::collectFiles({kFolder + QStringLiteral("/alpha.txt"), kFolder}, nullptr).size(), 6);
}

void tst_Ingest::followsNoSymlinkLoop()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
    QVERIFY(QFile::copy(kFolder + QStringLiteral("/alpha.txt"), dir.filePath(QStringLiteral("a/b/one.txt"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/b/back"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("a/b/one.txt")), dir.filePath(QStringLiteral("a/same.txt"))));
    const QStringList files = Importer::collectFiles({dir.path()}, nullptr);
    QCOMPARE(files.size(), 1);
}

void tst_Ingest::importsFolder()
{
    const QString db = newDb();
    Importer importer(db);
    importer.setExtractFunction([](const SourceText &s, const ExtractOptions &) { return fakeExtract(s); });
    const ImportSummary summary = importer.run({kFolder});
    QVERIFY(summary.error.isEmpty());
    QCOMPARE(summary.imported, 4);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(summary.refused.size(), 1);
    QVERIFY(summary.refused.at(0).path.endsWith(QLatin1StringView("empty.txt")));
    QVERIFY(!summary.refused.at(0).reason.isEmpty());
    QCOMPARE(summary.articles, 4);
    QCOMPARE(summary.relations, 4);
    QCOMPARE(summary.claims, 4);
    QCOMPARE(summary.newClaims, 4);
    QVERIFY(!summary.cancelled);
    QVERIFY(summary.seconds >= 0);

    // The import indexes for search in batches and the last one at the end:
    // every article is found, and nothing is left for the next open.
    bool pending = true;
    QCOMPARE(unsearchable(db, &pending), QStringList());
    QVERIFY(!pending);

    Database database;
    QVERIFY(database.open(db));
    // Acme, named by two articles, is one entity.
    EntityStore entities(database);
    QCOMPARE(summary.entities, entities.count());
    QCOMPARE(summary.newEntities, entities.count());
    QSqlQuery fk = database.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(fk.exec());
    QVERIFY(!fk.next()); // no reference dangles, though the writer leaves SQLite's checks off
    // Another connection still has them: deleting an article cascades.
    QSqlQuery on = database.prepare(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(on.exec() && on.next());
    QCOMPARE(on.value(0).toInt(), 1);
    const auto acme = entities.resolve(QStringLiteral("Acme"), EntityType::Company);
    QVERIFY(acme);
    QCOMPARE(RelationStore(database).relationsOf(*acme).size(), 2);
    // Stored in input order, whatever order the threads finished in.
    const QList<Article> articles = ArticleStore(database).list();
    QCOMPARE(articles.size(), 4);
    QVERIFY(articles.at(0).path.endsWith(QLatin1StringView("alpha.txt")));
    QVERIFY(articles.at(3).path.endsWith(QLatin1StringView("delta.txt")));
}

void tst_Ingest::reimportSkipsBeforeExtracting()
{
    const QString db = newDb();
    std::atomic<int> extractions{0};
    Importer importer(db);
    importer.setExtractFunction([&extractions](const SourceText &s, const ExtractOptions &) {
        ++extractions;
        return fakeExtract(s);
    });
    QCOMPARE(importer.run({kFolder}).imported, 4);
    QCOMPARE(extractions.load(), 5); // the in-batch copy is extracted, then found duplicate by the writer
    extractions = 0;
    const ImportSummary again = importer.run({kFolder});
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 5);
    QCOMPARE(again.knownFiles, 5); // by their bytes: the copy has alpha's
    QCOMPARE(again.refused.size(), 1);
    QCOMPARE(extractions.load(), 0);
    QCOMPARE(again.articles, 4);
    QCOMPARE(again.claims, 4);
    QCOMPARE(again.newEntities, 0);
}

void tst_Ingest::reimportKnowsFilesByTheirBytes()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString alpha = folder.filePath(QStringLiteral("alpha.txt"));
    const QString beta = folder.filePath(QStringLiteral("beta.md"));
    QVERIFY(QFile::copy(kFolder + QStringLiteral("/alpha.txt"), alpha));
    QVERIFY(QFile::copy(kFolder + QStringLiteral("/beta.md"), beta));
    const QString db = newDb();
    Importer importer(db);
    importer.setExtractFunction([](const SourceText &s, const ExtractOptions &) { return fakeExtract(s); });
    QCOMPARE(importer.run({folder.path()}).imported, 2);
    {
        Database database;
        QVERIFY(database.open(db));
        QCOMPARE(count(database, "SELECT COUNT(DISTINCT file_sha256) FROM articles"), 2);
    }

    // Other bytes, same article: known by its text, after parsing.
    {
        QFile f(beta);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n\n   \n");
    }
    ImportSummary again = importer.run({folder.path()});
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 2);
    QCOMPARE(again.knownFiles, 1);

    // A deleted article's file is new again.
    {
        Database database;
        QVERIFY(database.open(db));
        ArticleStore articles(database);
        const QList<Article> stored = articles.list();
        QCOMPARE(stored.size(), 2);
        for (const Article &a : stored) {
            if (a.path == alpha)
                QVERIFY(articles.remove(a.id));
        }
        QCOMPARE(articles.list().size(), 1);
    }
    again = importer.run({folder.path()});
    QCOMPARE(again.imported, 1);
    QCOMPARE(again.duplicates, 1);
    QCOMPARE(again.knownFiles, 0);
    QCOMPARE(again.articles, 2);
}

void tst_Ingest::refusesExplicitFiles()
{
    Importer importer(newDb());
    importer.setExtractFunction([](const SourceText &s, const ExtractOptions &) { return fakeExtract(s); });
    const QString missing = kFolder + QStringLiteral("/no-such-file.txt");
    const QString png = kFolder + QStringLiteral("/picture.png");
    const QString csv = kFolder + QStringLiteral("/sheet.csv");
    const ImportSummary summary = importer.run({missing, png, kFolder + QStringLiteral("/beta.md"), csv});
    QCOMPARE(summary.imported, 1);
    QCOMPARE(summary.refused.size(), 3);
    QHash<QString, QString> reasons;
    for (const RefusedFile &r : summary.refused)
        reasons.insert(r.path, r.reason);
    QCOMPARE(reasons.value(missing), QStringLiteral("no such file or directory"));
    QCOMPARE(reasons.value(png), QStringLiteral("unsupported format (.png)"));
    QCOMPARE(reasons.value(csv), QStringLiteral("unsupported format (.csv)"));
}

void tst_Ingest::reportsProgress()
{
    Importer importer(newDb());
    importer.setExtractFunction([](const SourceText &s, const ExtractOptions &) { return fakeExtract(s); });
    QSignalSpy progress(&importer, &Importer::progress);
    QSignalSpy outcomes(&importer, &Importer::fileFinished);
    QSignalSpy finished(&importer, &Importer::finished);
    importer.run({kFolder, kFolder + QStringLiteral("/missing.md")});
    QCOMPARE(progress.count(), 7);
    for (int i = 0; i < progress.count(); ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
        QCOMPARE(progress.at(i).at(1).toInt(), 7);
        QVERIFY(!progress.at(i).at(2).toString().isEmpty());
    }
    QCOMPARE(outcomes.count(), 7);
    int imported = 0;
    for (const auto &args : std::as_const(outcomes))
        imported += args.at(0).value<ImportOutcome>().kind == ImportOutcome::Kind::Imported ? 1 : 0;
    QCOMPARE(imported, 4);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<ImportSummary>().imported, 4);
}

void tst_Ingest::cancelLeavesWholeArticles()
{
    const QString db = newDb();
    Importer importer(db);
    // One pool thread extracts the files in order. The user cancels once two
    // files are reported imported, while the third is being read: the writer
    // commits (and reports) what it stored when it has to wait for that file.
    importer.setOptions(ImportOptions{{}, 1});
    std::atomic<int> imported{0};
    connect(&importer, &Importer::fileFinished, this, [&](const ImportOutcome &outcome) {
        if (outcome.kind == ImportOutcome::Kind::Imported)
            ++imported;
    });
    int extractions = 0;
    importer.setExtractFunction([&](const SourceText &s, const ExtractOptions &) {
        if (++extractions == 3) {
            QElapsedTimer waited;
            waited.start();
            while (imported.load() < 2 && waited.elapsed() < 20000)
                QThread::msleep(1);
            importer.cancel();
        }
        return fakeExtract(s);
    });
    const ImportSummary summary = importer.run({kFolder});
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.articles, 2);
    // A cancelled import indexes what it stored before it returns.
    bool pending = true;
    QCOMPARE(unsearchable(db, &pending), QStringList());
    QVERIFY(!pending);

    Database database;
    QVERIFY(database.open(db));
    // Every stored article has all its mentions and its claim; nothing else is there.
    ArticleStore articles(database);
    for (const Article &a : articles.list()) {
        const Article full = *articles.article(a.id);
        SourceText text;
        text.text = full.text;
        const Extraction expected = fakeExtract(text);
        int mentions = 0;
        for (const ExtractedEntity &e : expected.entities)
            mentions += int(e.mentions.size());
        QCOMPARE(articles.mentions(a.id).size(), mentions);
        QCOMPARE(count(database, "SELECT COUNT(*) FROM claims"), 2);
    }
    QCOMPARE(count(database, "SELECT COUNT(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"), 0);
    QSqlQuery check = database.prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.exec() && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

    // The rest comes in on the next run, nothing twice.
    const ImportSummary rest = importer.run({kFolder});
    QCOMPARE(rest.imported, 2);
    QCOMPARE(rest.articles, 4);
    QCOMPARE(rest.claims, 4);
    QCOMPARE(unsearchable(db, &pending), QStringList());
    QVERIFY(!pending);
}

void tst_Ingest::runsOnWorkerThread()
{
    Importer importer(newDb());
    importer.setExtractFunction([](const SourceText &s, const ExtractOptions &) { return fakeExtract(s); });
    QSignalSpy finished(&importer, &Importer::finished);
    importer.start({kFolder});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(importer.wait(10000));
    const ImportSummary summary = finished.at(0).at(0).value<ImportSummary>();
    QCOMPARE(summary.imported, 4);
    QCOMPARE(summary.duplicates, 1);
    QVERIFY(!importer.isRunning());
}

void tst_Ingest::passesKnownEntities()
{
    const QString db = newDb();
    {
        Importer first(db);
        first.setExtractFunction([](const SourceText &s, const ExtractOptions &) { return fakeExtract(s); });
        QCOMPARE(first.run({kFolder + QStringLiteral("/alpha.txt")}).imported, 1);
    }
    QStringList known;
    Importer second(db);
    second.setExtractFunction([&known](const SourceText &s, const ExtractOptions &options) {
        for (const KnownEntity &k : options.known)
            known << k.name; // one file, so one thread writes
        return fakeExtract(s);
    });
    QCOMPARE(second.run({kFolder + QStringLiteral("/beta.md")}).imported, 1);
    QVERIFY(known.contains(QStringLiteral("Acme")));
    QVERIFY(known.contains(QStringLiteral("Globex")));
}

void tst_Ingest::refusesBadDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-db.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain text, not SQLite");
    }
    Importer importer(path);
    const ImportSummary summary = importer.run({kFolder});
    QVERIFY(summary.error.contains(QLatin1StringView("not a SQLite database")));
    QCOMPARE(summary.imported, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("plain text, not SQLite"));
}

void tst_Ingest::reportsOnlyCommittedArticles()
{
    // Articles commit in groups; a reader woken by an outcome (the GUI
    // refreshes its lists on them) must find the article already there.
    const QString db = newDb();
    Importer importer(db);
    importer.setExtractFunction([](const SourceText &s, const ExtractOptions &) { return fakeExtract(s); });
    QStringList missing;
    int imported = 0;
    connect(&importer, &Importer::fileFinished, this, [&](const ImportOutcome &outcome) {
        if (outcome.kind != ImportOutcome::Kind::Imported)
            return;
        ++imported;
        const QString name = QStringLiteral("committed-reader");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(db);
            QSqlQuery q(raw);
            if (!raw.open() || !q.prepare(QStringLiteral("SELECT COUNT(*) FROM articles WHERE path = ?")))
                missing << QStringLiteral("cannot read");
            q.addBindValue(outcome.path);
            if (!q.exec() || !q.next() || q.value(0).toInt() != 1)
                missing << outcome.path;
        }
        QSqlDatabase::removeDatabase(name);
    });
    const ImportSummary summary = importer.run({kFolder});
    QCOMPARE(summary.imported, 4);
    QCOMPARE(imported, 4);
    QCOMPARE(missing, QStringList());
}

// With the time limits off and no commit while waiting (as benchmarks run
// it), groups end every groupArticles articles, whatever the pace.
void tst_Ingest::groupsEndByTheOptions()
{
    const QString db = newDb();
    Importer importer(db);
    ImportOptions options;
    options.groupArticles = 3;
    options.groupMilliseconds = 0;
    options.commitWhileWaiting = false;
    options.heldMilliseconds = 0;
    importer.setOptions(options);
    importer.setExtractFunction([](const SourceText &s, const ExtractOptions &) { return fakeExtract(s); });
    QList<int> visible; // articles another connection sees as each outcome arrives
    connect(&importer, &Importer::fileFinished, this, [&](const ImportOutcome &outcome) {
        if (outcome.kind != ImportOutcome::Kind::Imported)
            return;
        const QString name = QStringLiteral("group-reader");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(db);
            QSqlQuery q(raw);
            visible << (raw.open() && q.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && q.next()
                            ? q.value(0).toInt()
                            : -1);
        }
        QSqlDatabase::removeDatabase(name);
    });
    const ImportSummary summary = importer.run({kFolder});
    QCOMPARE(summary.imported, 4);
    // alpha, beta and alpha's copy (a duplicate the writer finds) make the
    // first group; delta and gamma the last, committed at the end.
    QCOMPARE(visible, (QList<int>{2, 2, 4, 4}));
}

void tst_Ingest::failedArticleIsRefusedAlone()
{
    const QString db = newDb();
    {
        Database database;
        QVERIFY(database.open(db));
        // Storing beta fails half-way, after its article row went in.
        QVERIFY(database.exec(QStringLiteral(
            "CREATE TRIGGER fail_beta BEFORE INSERT ON mentions "
            "WHEN (SELECT path FROM articles WHERE id = NEW.article_id) LIKE '%beta.md' "
            "BEGIN SELECT RAISE(ABORT, 'beta cannot be stored'); END")));
    }
    Importer importer(db);
    importer.setExtractFunction([](const SourceText &s, const ExtractOptions &) { return fakeExtract(s); });
    QList<ImportOutcome> outcomes;
    connect(&importer, &Importer::fileFinished, this,
            [&](const ImportOutcome &outcome) { outcomes << outcome; });
    const ImportSummary summary = importer.run({kFolder});
    QCOMPARE(summary.imported, 3);
    QCOMPARE(summary.articles, 3);
    QStringList refusedBeta;
    for (const RefusedFile &r : summary.refused) {
        if (r.path.endsWith(QLatin1StringView("beta.md")))
            refusedBeta << r.reason;
    }
    QCOMPARE(refusedBeta.size(), 1);
    QVERIFY2(refusedBeta.at(0).contains(QLatin1StringView("beta cannot be stored")), qPrintable(refusedBeta.at(0)));
    int reportedImported = 0;
    for (const ImportOutcome &o : std::as_const(outcomes))
        reportedImported += o.kind == ImportOutcome::Kind::Imported ? 1 : 0;
    QCOMPARE(reportedImported, 3);

    Database database;
    QVERIFY(database.open(db));
    QCOMPARE(count(database, "SELECT COUNT(*) FROM articles WHERE path LIKE '%beta.md'"), 0);
    QCOMPARE(count(database, "SELECT COUNT(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"), 0);
    QCOMPARE(count(database, "SELECT COUNT(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"), 0);
    QSqlQuery check = database.prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.exec() && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    // The writer does not have SQLite check its references; none dangles.
    QSqlQuery fk = database.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(fk.exec());
    QVERIFY(!fk.next());
}

QTEST_MAIN(tst_Ingest)
#include "tst_ingest.moc"
