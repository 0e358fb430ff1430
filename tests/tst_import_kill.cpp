// Issue 4: an import killed at any moment (SIGKILL) leaves a database that
// opens, passes PRAGMA integrity_check, holds only whole articles, and
// completes on re-import with nothing duplicated or missing. Drives the real
// `liaison-cli import` on articles this test writes from its own templates.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const QString kCli = QStringLiteral(LIAISON_BIN_DIR "/liaison-cli");

// Invented names; every article pairs different ones so each is unique.
const char *const kCompanies[] = {
    "Brightwater Robotics", "Calderon Systems",  "Quillfeather Labs",   "Marrowgate Analytics",
    "Osterlund Software",   "Pemberly Networks", "Tavistock Dynamics",  "Veldhoven Semiconductors",
    "Ashcombe Capital",     "Roskilde Ventures", "Ferrowind Energy",    "Halvard Therapeutics",
    "Lindenhall Computing", "Sarrazin Holdings", "Grisolles Industries", "Montfaucon Technologies",
};
const char *const kPeople[] = {
    "Maria Lindqvist", "Thomas Okafor",  "Helene Barbier", "David Kowalczyk", "Sophie Marchetti", "Julien Ravel",
    "Claire Dumoulin", "Peter Haldane",  "Anna Whitcombe", "Marc Vasseur",    "Laura Steinberg",  "Paul Abernathy",
};

QString company(int i) { return QString::fromLatin1(kCompanies[i % std::size(kCompanies)]); }
QString person(int i) { return QString::fromLatin1(kPeople[i % std::size(kPeople)]); }

// Article n in English: an acquisition, a hire and a founding, with numbers
// and a date that make every text different.
QString englishArticle(int n)
{
    const QString buyer = company(n);
    const QString target = company(n + 5);
    const QString founded = company(n + 11);
    const QString chief = person(n);
    const QString founder = person(n + 7);
    return QStringLiteral(
               "%1 acquired %2 for $%3 million on Monday, the companies said.\n\n"
               "%4, the chief executive of %1, said the deal would close within %5 weeks.\n\n"
               "%6 founded %7 in %8 and still leads its research team.\n\n"
               "Analysts expect further consolidation in the sector during issue %9 of the quarter.\n")
        .arg(buyer, target, QString::number(100 + n * 7), chief, QString::number(2 + n % 9), founder, founded,
             QString::number(1995 + n % 25), QString::number(n));
}

// Article n in French: an investment and a hire.
QString frenchArticle(int n)
{
    const QString investor = company(n + 3);
    const QString startup = company(n + 9);
    const QString hired = person(n + 4);
    return QStringLiteral(
               "%1 a investi %2 millions d'euros dans %3, selon un communiqué publié mardi.\n\n"
               "%3 a recruté %4 au poste de directrice financière.\n\n"
               "L'opération numéro %5 doit être finalisée avant la fin de l'année, ont indiqué les deux sociétés.\n")
        .arg(investor, QString::number(10 + n * 3), startup, hired, QString::number(n));
}

struct Counts {
    int articles = 0;
    int entities = 0;
    int relations = 0;
    int claims = 0;
    int mentions = 0;
    int aliases = 0;
    bool operator==(const Counts &) const = default;
};

QString describe(const Counts &c)
{
    return QStringLiteral("%1 articles, %2 entities, %3 relations, %4 claims, %5 mentions, %6 aliases")
        .arg(c.articles)
        .arg(c.entities)
        .arg(c.relations)
        .arg(c.claims)
        .arg(c.mentions)
        .arg(c.aliases);
}

// One read connection per call, closed before returning, so the checks never
// hold the file while the next import runs.
class Reader
{
public:
    explicit Reader(const QString &path)
        : m_name(QStringLiteral("kill-reader-%1").arg(++s_serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Reader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    int count(const char *table) const
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table)).toInt();
    }
    Counts counts() const
    {
        return {count("articles"), count("entities"),  count("relations"),
                count("claims"),   count("mentions"), count("entity_aliases")};
    }
    // Entities whose sort columns (counts, last mention) differ from a recount of the rows.
    int staleCounts() const
    {
        return value(QStringLiteral(
                         "SELECT COUNT(*) FROM entities e WHERE relation_count <> "
                         "(SELECT COUNT(*) FROM relations r WHERE r.source_id = e.id) "
                         "+ (SELECT COUNT(*) FROM relations r WHERE r.target_id = e.id) "
                         "OR article_count <> (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) "
                         "OR last_mentioned <> COALESCE((SELECT MAX(COALESCE(a.published, substr(a.imported_at, 1, 10))) "
                         "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id), '')"))
            .toInt();
    }
    // The import writes those columns in batches and marks the database meanwhile.
    bool countsPending() const
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM liaison_meta WHERE key = 'counts_pending'")).toInt() > 0;
    }
    // Articles the search index does not hold yet (the import indexes them in
    // batches), and those of them no `fts_pending` mark covers: the next open
    // would never index those.
    int unindexed() const
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                                    "(SELECT 1 FROM articles_fts_docsize d WHERE d.id = a.id)"))
            .toInt();
    }
    int unindexedUnmarked() const
    {
        return value(QStringLiteral(
                         "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                         "(SELECT 1 FROM articles_fts_docsize d WHERE d.id = a.id) AND a.id < COALESCE("
                         "(SELECT CAST(value AS INTEGER) FROM liaison_meta WHERE key = 'fts_pending'), a.id + 1)"))
            .toInt();
    }
    bool searchPending() const
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM liaison_meta WHERE key = 'fts_pending'")).toInt() > 0;
    }
    // The index against the articles' own text, row by row (FTS5's
    // integrity-check with rank 1): only true once every article is indexed.
    bool searchMatchesText() const
    {
        QSqlQuery q(db());
        return q.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"));
    }
    // sha256 -> "claims/mentions" of each stored article.
    QHash<QString, QString> perArticle() const
    {
        QHash<QString, QString> result;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT a.sha256, (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id), "
                              "(SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a"));
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toString() + u'/' + q.value(2).toString());
        return result;
    }

private:
    static inline int s_serial = 0;
    QString m_name;
    bool m_open = false;
};

int articleCount(const QString &path)
{
    if (!QFile::exists(path))
        return 0;
    Reader reader(path);
    return reader.isOpen() ? reader.count("articles") : 0;
}

} // namespace

constexpr int kArticleCount = 400;

class tst_ImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImport_data();
    void killedImport();
    void killedTwiceThenCompleted();

private:
    QString importOnce(const QString &db, int *code = nullptr, const QStringList &paths = {});
    // Starts an import, kills it once `committed` articles are in (or at once
    // for 0) plus `extraDelayMs`; returns false if the import ended first.
    bool importAndKill(const QString &db, int committed, int extraDelayMs);
    void checkWhole(const QString &db, const QHash<QString, QString> &expected);
    // The first `k` files in input order: what a run that stopped there committed.
    QStringList firstFiles(int k) const;
    // A run stopped cleanly after `k` articles, then completed: the reference
    // for a run killed there (extraction sees the entities already stored, so
    // this, not only an uninterrupted import, is what a resumed import must equal).
    // Runs stopped after each of `stops` articles (a list of growing counts).
    void reference(const QList<int> &stops, Counts *counts, QHash<QString, QString> *perArticle);
    QHash<QString, std::pair<Counts, QHash<QString, QString>>> m_references;

    QTemporaryDir m_dir;
    QString m_articles;
    Counts m_clean;
    QHash<QString, QString> m_cleanPerArticle;
};

void tst_ImportKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(kCli));
    QVERIFY(m_dir.isValid());
    m_articles = m_dir.filePath(QStringLiteral("articles"));
    QVERIFY(QDir().mkpath(m_articles));
    // Enough articles that an import is still running 40 ms after its 11th
    // (the random kill moments below), however fast the writer gets: with
    // the pool working far ahead and grouped commits, 120 were no longer
    // enough in session 7.
    for (int n = 0; n < kArticleCount; ++n) {
        const bool french = n % 3 == 2;
        QFile file(QStringLiteral("%1/article-%2.%3")
                       .arg(m_articles)
                       .arg(n, 3, 10, QLatin1Char('0'))
                       .arg(n % 4 == 1 ? QStringLiteral("md") : QStringLiteral("txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((french ? frenchArticle(n) : englishArticle(n)).toUtf8());
    }

    // The reference: one uninterrupted import into a fresh database.
    const QString clean = m_dir.filePath(QStringLiteral("clean.sqlite"));
    int code = -1;
    const QString err = importOnce(clean, &code);
    QVERIFY2(code == 0, qPrintable(err));
    Reader reader(clean);
    QVERIFY(reader.isOpen());
    m_clean = reader.counts();
    m_cleanPerArticle = reader.perArticle();
    QCOMPARE(m_clean.articles, kArticleCount);
    // The templates must give the extractor something to store, or the
    // checks below would compare empty tables.
    QVERIFY2(m_clean.claims >= kArticleCount && m_clean.entities >= 16, qPrintable(describe(m_clean)));
}

QString tst_ImportKill::importOnce(const QString &db, int *code, const QStringList &paths)
{
    QProcess process;
    process.start(kCli, QStringList{QStringLiteral("import"), QStringLiteral("--db"), db}
                            + (paths.isEmpty() ? QStringList{m_articles} : paths));
    const bool finished = process.waitForFinished(300000);
    if (code)
        *code = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardError());
}

bool tst_ImportKill::importAndKill(const QString &db, int committed, int extraDelayMs)
{
    QProcess process;
    process.start(kCli, {QStringLiteral("import"), QStringLiteral("--db"), db, m_articles});
    if (!process.waitForStarted())
        return false;
    if (committed > 0) {
        // Poll what is committed; a reader never blocks the WAL writer.
        // waitForFinished, not state(): without an event loop state() never
        // learns that the process ended, and the loop would spin forever.
        while (articleCount(db) < committed) {
            if (process.waitForFinished(2))
                break;
        }
    }
    if (extraDelayMs > 0)
        process.waitForFinished(extraDelayMs);
    if (process.state() != QProcess::Running)
        return false;
    process.kill(); // SIGKILL: no handler runs, nothing is flushed
    process.waitForFinished();
    return process.exitStatus() == QProcess::CrashExit;
}

// The database opens, is intact, and every article in it is whole: it has
// exactly the claims and mentions a clean import gives that same text, and no
// row points at anything missing.
QStringList tst_ImportKill::firstFiles(int k) const
{
    QStringList files;
    const QStringList names = QDir(m_articles).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names.mid(0, k))
        files << QDir(m_articles).filePath(name);
    return files;
}

void tst_ImportKill::reference(const QList<int> &stops, Counts *counts, QHash<QString, QString> *perArticle)
{
    QStringList name;
    for (int k : stops)
        name << QString::number(k);
    const QString key = name.join(u'-');
    if (!m_references.contains(key)) {
        const QString db = m_dir.filePath(QStringLiteral("reference-%1.sqlite").arg(key));
        int code = -1;
        for (int k : stops) {
            if (k > 0) {
                importOnce(db, &code, firstFiles(k));
                QCOMPARE(code, 0);
            }
        }
        const QString err = importOnce(db, &code);
        QVERIFY2(code == 0, qPrintable(err));
        Reader reader(db);
        m_references.insert(key, {reader.counts(), reader.perArticle()});
    }
    *counts = m_references.value(key).first;
    *perArticle = m_references.value(key).second;
}

void tst_ImportKill::checkWhole(const QString &db, const QHash<QString, QString> &expected)
{
    Reader reader(db);
    QVERIFY2(reader.isOpen(), qPrintable(reader.db().lastError().text()));
    QCOMPARE(reader.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QSqlQuery fk(reader.db());
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!fk.next(), "a row points at a missing parent");

    const QHash<QString, QString> stored = reader.perArticle();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(it.value() == expected.value(it.key()),
                 qPrintable(QStringLiteral("article %1: claims/mentions %2, clean import %3")
                                .arg(it.key(), it.value(), expected.value(it.key()))));
    }
    // Nothing outside an article: no entity without a mention, no edge without a claim.
    QCOMPARE(reader.value(QStringLiteral("SELECT COUNT(*) FROM entities e WHERE NOT EXISTS "
                                         "(SELECT 1 FROM mentions m WHERE m.entity_id = e.id)"))
                 .toInt(),
             0);
    QCOMPARE(reader.value(QStringLiteral("SELECT COUNT(*) FROM relations r WHERE NOT EXISTS "
                                         "(SELECT 1 FROM claims c WHERE c.relation_id = r.id)"))
                 .toInt(),
             0);
    // The full-text index agrees with its table.
    QSqlQuery fts(reader.db());
    QVERIFY2(fts.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")),
             qPrintable(fts.lastError().text()));
}

void tst_ImportKill::killedImport_data()
{
    QTest::addColumn<int>("committed");
    QTest::addColumn<int>("extraDelayMs");

    // Fixed moments, then random ones (the seed is printed on failure via the tag).
    QTest::newRow("at start") << 0 << 0;
    QTest::newRow("while opening") << 0 << 15;
    QTest::newRow("after 1 article") << 1 << 0;
    QTest::newRow("after 3 articles") << 3 << 0;
    QTest::newRow("after 10 articles") << 10 << 0;
    QRandomGenerator random(20261127);
    for (int i = 0; i < 4; ++i) {
        const int committed = int(random.bounded(12));
        const int delay = int(random.bounded(40));
        QTest::addRow("random %d: after %d articles + %d ms", i, committed, delay) << committed << delay;
    }
}

void tst_ImportKill::killedImport()
{
    QFETCH(int, committed);
    QFETCH(int, extraDelayMs);
    const QString db = m_dir.filePath(QStringLiteral("killed-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    if (!importAndKill(db, committed, extraDelayMs))
        QSKIP("the import finished before it could be killed");
    int stored = 0;
    if (QFile::exists(db)) {
        // Before the re-import every article was extracted as in the clean run.
        checkWhole(db, m_cleanPerArticle);
        if (QTest::currentTestFailed())
            return;
        stored = articleCount(db);
        QVERIFY(stored >= committed);
        // Written in input order: exactly the first files, none skipped.
        Reader reader(db);
        QSqlQuery q(reader.db());
        QVERIFY(q.exec(QStringLiteral("SELECT path FROM articles ORDER BY id")));
        QStringList paths;
        while (q.next())
            paths << q.value(0).toString();
        QCOMPARE(paths, firstFiles(stored));
        // Counts not written yet are marked, so the next open recounts them;
        // so are articles not indexed for search yet.
        QVERIFY(reader.staleCounts() == 0 || reader.countsPending());
        QCOMPARE(reader.unindexedUnmarked(), 0);
    }

    int code = -1;
    const QString err = importOnce(db, &code);
    QVERIFY2(code == 0, qPrintable(err));
    Counts expected;
    QHash<QString, QString> expectedPerArticle;
    reference({stored}, &expected, &expectedPerArticle);
    checkWhole(db, expectedPerArticle);
    Reader reader(db);
    const Counts after = reader.counts();
    QVERIFY2(after == expected,
             qPrintable(QStringLiteral("after re-import: %1; stopped cleanly after %2 then completed: %3")
                            .arg(describe(after))
                            .arg(stored)
                            .arg(describe(expected))));
    QCOMPARE(reader.perArticle(), expectedPerArticle);
    QCOMPARE(reader.staleCounts(), 0);
    QVERIFY(!reader.countsPending());
    // Every article is searchable again, the index holding exactly their text.
    QCOMPARE(reader.unindexed(), 0);
    QVERIFY(!reader.searchPending());
    QVERIFY(reader.searchMatchesText());
    // Against one uninterrupted import: every article, every mention.
    QCOMPARE(after.articles, m_clean.articles);
    QCOMPARE(after.mentions, m_clean.mentions);
    QCOMPARE(QSet<QString>(reader.perArticle().keyBegin(), reader.perArticle().keyEnd()),
             QSet<QString>(m_cleanPerArticle.keyBegin(), m_cleanPerArticle.keyEnd()));
}

void tst_ImportKill::killedTwiceThenCompleted()
{
    const QString db = m_dir.filePath(QStringLiteral("killed-twice.sqlite"));
    if (!importAndKill(db, 2, 0))
        QSKIP("the import finished before it could be killed");
    const int first = articleCount(db);
    // The second run resumes and is killed again a few articles further on.
    if (!importAndKill(db, first + 3, 0))
        QSKIP("the re-import finished before it could be killed");
    const int second = articleCount(db);
    QVERIFY(second >= first + 3);
    // The second run's articles were extracted knowing the first run's entities.
    Counts expected;
    QHash<QString, QString> expectedPerArticle;
    reference({first}, &expected, &expectedPerArticle);
    checkWhole(db, expectedPerArticle);

    int code = -1;
    const QString err = importOnce(db, &code);
    QVERIFY2(code == 0, qPrintable(err));
    reference({first, second}, &expected, &expectedPerArticle);
    checkWhole(db, expectedPerArticle);
    Reader reader(db);
    QVERIFY2(reader.counts() == expected, qPrintable(describe(reader.counts()) + u" vs " + describe(expected)));
    QCOMPARE(reader.counts().articles, m_clean.articles);
    QCOMPARE(reader.staleCounts(), 0);
}

QTEST_MAIN(tst_ImportKill)
#include "tst_import_kill.moc"
