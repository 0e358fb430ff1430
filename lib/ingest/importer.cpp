#include "importer.h"

#include "extract/extractor.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "storage/entitystore.h"
#include "storage/walcheckpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <ctime>
#include <exception>
#include <map>
#include <mutex>

namespace liaison {

namespace {


// The calling thread's CPU time: with the wall time, tells waiting from working.
double threadCpuSeconds()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
#else
    return 0;
#endif
}

// What a pool thread hands to the writer for one file.
struct Prepared {
    enum class Kind { Skipped, Refused, Duplicate, Extracted };
    Kind kind = Kind::Skipped;
    bool knownFile = false; // a duplicate known by its bytes
    QString reason;
    // Prepared on the pool thread (ArticleWriter::prepare): the writer
    // thread is the import's bottleneck, the pool has time to spare.
    PreparedArticle article;
    qint64 textBytes = 0; // what the article's text holds in memory
};

// Files the pool may have prepared ahead of the writer, per pool thread, and
// the text they may hold at most (both bound the memory of a large import).
// When the writer is the slower side, the pool works ahead while it can; on
// a mixed folder its lead is what it stores through the stretches where the
// writer is the faster side (large HTML pages, PDFs). A lead of 16 files cost
// 20% of the import's wall time against one of 128 (tests/bench, session 7).
constexpr int kWindowPerThread = 64;
constexpr qint64 kWindowTextBytes = 64 * 1024 * 1024;

bool isSupported(const QFileInfo &info, const QSet<QString> &suffixes)
{
    return suffixes.contains(info.suffix().toLower());
}

void walk(const QString &dir, const QSet<QString> &suffixes, QSet<QString> &visitedDirs, QSet<QString> &seenFiles,
          QStringList &files, QList<RefusedFile> *refused)
{
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || visitedDirs.contains(canonical))
        return; // a symlink back to a folder already walked
    visitedDirs.insert(canonical);
    // A folder the user may not list is refused by name, not passed over.
    if (!info.isReadable() || !info.isExecutable()) {
        if (refused)
            refused->append({dir, Importer::tr("unreadable folder (permission denied)")});
        return;
    }
    // Unreadable files are listed on purpose (no QDir::Readable): the loader
    // refuses each by name ("unreadable file (permission denied)").
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::DirsLast);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir()) {
            walk(entry.filePath(), suffixes, visitedDirs, seenFiles, files, refused);
        } else if (isSupported(entry, suffixes)) {
            // A file that is not a link is at its canonical path inside the
            // canonical folder: no realpath() (a readlink() per path component)
            // for each of thousands of files.
            const QString key = entry.isSymLink() ? entry.canonicalFilePath() : canonical + u'/' + entry.fileName();
            if (!key.isEmpty() && !seenFiles.contains(key)) {
                seenFiles.insert(key);
                files << entry.filePath();
            }
        }
    }
}

} // namespace

Importer::Importer(const QString &databasePath, QObject *parent) : QObject(parent), m_databasePath(databasePath)
{
    qRegisterMetaType<liaison::ImportOutcome>();
    qRegisterMetaType<liaison::ImportSummary>();
}

Importer::~Importer()
{
    cancel();
    wait();
}

QStringList Importer::collectFiles(const QStringList &paths, QList<RefusedFile> *refused)
{
    QSet<QString> suffixes;
    for (const QString &suffix : supportedSuffixes())
        suffixes.insert(suffix.toLower());
    QSet<QString> visitedDirs;
    QSet<QString> seenFiles;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (refused)
                refused->append({path, tr("no such file or directory")});
        } else if (info.isDir()) {
            walk(path, suffixes, visitedDirs, seenFiles, files, refused);
        } else if (!isSupported(info, suffixes)) {
            if (refused) {
                refused->append({path, info.suffix().isEmpty()
                                           ? tr("unsupported format (no file extension)")
                                           : tr("unsupported format (.%1)").arg(info.suffix())});
            }
        } else {
            const QString key = info.canonicalFilePath();
            if (!seenFiles.contains(key)) {
                seenFiles.insert(key);
                files << path;
            }
        }
    }
    return files;
}

bool Importer::isRunning() const { return m_thread && m_thread->isRunning(); }

bool Importer::wait(int msecs)
{
    if (!m_thread)
        return true;
    const bool done = msecs < 0 ? m_thread->wait() : m_thread->wait(msecs);
    if (done) {
        delete m_thread;
        m_thread = nullptr;
    }
    return done;
}

void Importer::start(const QStringList &paths)
{
    wait();
    m_cancelled.store(false); // here, not in the thread: a cancel() right after start() must hold
    m_thread = QThread::create([this, paths] { importFiles(paths); });
    m_thread->start();
}

ImportSummary Importer::run(const QStringList &paths)
{
    m_cancelled.store(false);
    return importFiles(paths);
}

ImportSummary Importer::importFiles(const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;

    // The writer's connection lives on this thread, for this run only. Opened
    // first: a database that cannot be opened costs no walk through the files.
    Database db;
    if (!db.open(m_databasePath)) {
        summary.error = db.errorString();
        summary.seconds = timer.elapsed() / 1000.0;
        Q_EMIT finished(summary);
        return summary;
    }

    QList<RefusedFile> refusedUpFront;
    const QStringList files = collectFiles(paths, &refusedUpFront);
    const int total = int(files.size() + refusedUpFront.size());
    int done = 0;
    const auto report = [&](const ImportOutcome &outcome) {
        switch (outcome.kind) {
        case ImportOutcome::Kind::Imported: ++summary.imported; break;
        case ImportOutcome::Kind::Duplicate: ++summary.duplicates; break;
        case ImportOutcome::Kind::Refused: summary.refused.append({outcome.path, outcome.reason}); break;
        }
        ++done;
        Q_EMIT fileFinished(outcome);
        Q_EMIT progress(done, total, outcome.path);
    };
    for (const RefusedFile &r : std::as_const(refusedUpFront))
        report({r.path, ImportOutcome::Kind::Refused, r.reason});

    // Read once, shared read-only with the pool: duplicates are recognised
    // before any extraction. The names already in the database, which the
    // extractor is given, are read when the first file to extract asks for
    // them (namesForExtraction below): a re-import of known files never reads
    // them, a tenth of its instructions with 4,500 entities.
    const QSet<QByteArray> existing = ArticleStore(db).allSha256();
    const QSet<QByteArray> existingFiles = ArticleStore(db).allFileSha256();

    std::shared_ptr<const Extractor> extractor = m_extractor;
    std::once_flag extractorMade;
    ExtractFunction extract = m_extractFunction;
    if (!extract) {
        // Made by the first file that needs it: re-importing known files
        // extracts nothing and need not load the lexicons (about 0.25 s, most
        // of such a run).
        extract = [&extractor, &extractorMade](const SourceText &source, const ExtractOptions &options) {
            std::call_once(extractorMade, [&extractor] {
                if (!extractor)
                    extractor = std::make_shared<const Extractor>();
            });
            return extractor->extract(source.text, options);
        };
    }
    LoadOptions loadOptions = m_options.load;
    loadOptions.isKnown = [&existing](const QByteArray &sha256) { return existing.contains(sha256); };
    if (!existingFiles.isEmpty())
        loadOptions.isKnownFile = [&existingFiles](const QByteArray &sha256) { return existingFiles.contains(sha256); };

    std::mutex mutex;
    std::condition_variable ready;
    std::map<int, Prepared> results;
    bool stopTasks = false; // (under `mutex`)
    // The database's names for the extractor (under `mutex`). The writer reads
    // them, on its own connection, when a task first asks.
    QList<KnownEntity> knownNames;
    bool namesWanted = false;
    bool namesRead = false;
    std::condition_variable namesReady;
    const auto namesForExtraction = [&] {
        std::unique_lock lock(mutex);
        if (!namesRead && !stopTasks) {
            namesWanted = true;
            ready.notify_all(); // the writer may be waiting for a result
            namesReady.wait(lock, [&] { return namesRead || stopTasks; });
        }
        return knownNames;
    };
    qint64 resultBytes = 0; // the text in `results`

    const auto prepare = [&](int index) {
        Prepared p;
        if (!m_cancelled.load()) {
            try {
                LoadResult loaded = loadFile(files.at(index), loadOptions);
                if (!loaded.ok()) {
                    p.kind = Prepared::Kind::Refused;
                    p.reason = loaded.error;
                } else if (loaded.known) {
                    p.kind = Prepared::Kind::Duplicate;
                    p.knownFile = loaded.source->sha256.isEmpty();
                } else {
                    SourceText source = std::move(*loaded.source);
                    source.path = files.at(index);
                    ExtractOptions options;
                    options.language = source.language;
                    options.published = source.published;
                    options.known = namesForExtraction();
                    Extraction extraction = extract(source, options);
                    p.article = ArticleWriter::prepare(std::move(source), std::move(extraction));
                    p.kind = Prepared::Kind::Extracted;
                }
            } catch (const std::exception &e) {
                p.kind = Prepared::Kind::Refused;
                p.reason = tr("could not be read: %1").arg(QString::fromLocal8Bit(e.what()));
            }
        }
        p.textBytes = p.article.source.text.size() * qint64(sizeof(QChar));
        std::lock_guard lock(mutex);
        resultBytes += p.textBytes;
        results.emplace(index, std::move(p));
        ready.notify_all();
    };

    // One long task per pool thread takes the next file as it finishes one,
    // within a bounded window of files and text (kWindowPerThread). When the
    // writer is the slower side the window fills and the tasks wait; the
    // writer wakes them only once it has taken half the window, so that they
    // run in bursts: woken for every file (as a task per file did), a task
    // took the writer's core at each wake-up, 0.1 s of a 1.4 s import.
    std::condition_variable roomToWork;
    int handedOut = 0;   // files the tasks have taken (under `mutex`)
    int taken = 0;       // files the writer has taken from the results (under `mutex`)
    int idleTasks = 0;   // tasks waiting for room in the window (under `mutex`)
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    const int window = pool.maxThreadCount() * kWindowPerThread;
    const auto hasRoom = [&] { return handedOut < taken + window && resultBytes < kWindowTextBytes; };
    const auto work = [&] {
        for (;;) {
            int index = 0;
            {
                std::unique_lock lock(mutex);
                ++idleTasks;
                roomToWork.wait(lock, [&] { return stopTasks || handedOut >= files.size() || hasRoom(); });
                --idleTasks;
                if (stopTasks || handedOut >= files.size())
                    return;
                index = handedOut++;
            }
            prepare(index); // after a cancel, only hands back "skipped"
        }
    };
    for (int t = 0; t < pool.maxThreadCount() && t < files.size(); ++t)
        pool.start(work);
    const auto stopWork = [&] {
        {
            std::lock_guard lock(mutex);
            stopTasks = true;
        }
        roomToWork.notify_all();
        namesReady.notify_all();
        pool.waitForDone();
    };
    const auto stopOnExit = qScopeGuard(stopWork); // whatever way this function ends

    // A statement that rewrites many pages (an FTS5 segment merge) spilled
    // its statement journal to a temporary file: 180 files created and
    // deleted in /var/tmp per 2,000 articles. This connection keeps them in memory.
    db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    // The writer only inserts, with ids it read or made inside the same write
    // transaction (its cache is dropped as soon as another connection
    // commits, ArticleWriter::checkStamp): a reference to a missing row cannot
    // arise, and checking each one cost a parent lookup per mention, claim,
    // alias and edge, about 6% of the writer. Deletions elsewhere, on
    // connections that keep the checks, still cascade.
    if (db.dialect().kind() == SqlDialect::Kind::SQLite)
        db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    ArticleWriter writer(db);
    // Half the pages an article's commit wrote were the entities' counts and
    // their sort indexes, each rewritten for every article naming them; each
    // article's FTS5 segment and the merges it caused were a fifth of the
    // writer's time. Written for a batch of articles at a time, an entity's
    // counts move once per batch and the index gets one segment per batch.
    // The company list and searches lag behind an import by up to a second
    // (ImportOptions::heldMilliseconds); the end of the import (or cancel)
    // writes the rest, and a crash is repaired on open. From 128 articles
    // (counts) and 32 (search) to a second's worth, the writer's instructions
    // fell by 15% on the 2,000-article corpus.
    writer.setCountBatch(m_options.heldArticles);
    writer.setSearchBatch(m_options.heldArticles);
    writer.setBatchInterval(m_options.heldMilliseconds);
    // Made with the first article stored: a run of duplicates needs no thread.
    std::optional<WalCheckpointer> checkpointer;

    // Articles are stored in groups, one database transaction each
    // (ArticleWriter::beginGroup()). A group ends after groupArticles articles
    // or groupMilliseconds (ImportOptions: what a kill -9 can cost, to be redone
    // by the next import, and how late other connections see the articles),
    // or as soon as the writer would wait for the pool:
    // when extraction is the slower side, each article commits on its own as
    // it comes. What a group's files came to is reported once it is
    // committed, so that a reader woken by fileFinished() finds the article.
    // If an article fails, or the commit does, the whole group is rolled back
    // and its articles are stored again one transaction each: the outcome is
    // what storing them one by one gives, the failing one refused alone.
    struct GroupFile {
        ImportOutcome outcome;
        StoreResult stored;
        std::optional<PreparedArticle> article; // to store again if the group rolls back
    };
    QList<GroupFile> held;
    QElapsedTimer groupAge;
    int grouped = 0;
    // The file's outcome from what storing its article did.
    const auto settle = [](GroupFile &h) {
        switch (h.stored.outcome) {
        case StoreResult::Outcome::Stored: h.outcome.kind = ImportOutcome::Kind::Imported; break;
        case StoreResult::Outcome::Duplicate: h.outcome.kind = ImportOutcome::Kind::Duplicate; break;
        case StoreResult::Outcome::Failed:
            h.outcome.kind = ImportOutcome::Kind::Refused;
            h.outcome.reason = h.stored.error;
            break;
        }
    };
    const auto storeAlone = [&](GroupFile &h) {
        h.stored = writer.store(*h.article);
        checkpointer->afterCommit();
        settle(h);
    };
    const auto reportHeld = [&] {
        for (GroupFile &h : held) {
            if (h.outcome.kind == ImportOutcome::Kind::Imported) {
                summary.newEntities += h.stored.newEntities;
                summary.newRelations += h.stored.newRelations;
                summary.newClaims += h.stored.claims;
            }
            report(h.outcome);
        }
        held.clear();
    };
    // Times what it runs as storing (with the writer's CPU time).
    const auto storing = [&](const auto &work) {
        const qint64 start = timer.nsecsElapsed();
        const double cpuStart = threadCpuSeconds();
        work();
        summary.storeSeconds += (timer.nsecsElapsed() - start) / 1e9;
        summary.storeCpuSeconds += threadCpuSeconds() - cpuStart;
    };
    const auto storeHeldAgain = [&] {
        for (GroupFile &h : held) {
            if (h.article)
                storeAlone(h);
        }
    };
    const auto commitGroup = [&] {
        if (writer.inGroup()) {
            storing([&] {
                if (!writer.commitGroup())
                    storeHeldAgain();
                checkpointer->afterCommit();
            });
        }
        reportHeld();
    };

    // On the writer's thread, whose connection it is: a task asked for the names.
    const auto readNames = [&](std::unique_lock<std::mutex> &lock) {
        lock.unlock();
        QList<KnownEntity> names;
        for (const Entity &e : EntityStore(db).all())
            names.append(KnownEntity{e.name, e.type, e.aliases});
        lock.lock();
        knownNames = std::move(names);
        namesRead = true;
        namesReady.notify_all();
    };

    summary.startSeconds = timer.nsecsElapsed() / 1e9;
    for (int index = 0; index < files.size() && !m_cancelled.load(); ++index) {
        Prepared p;
        {
            std::unique_lock lock(mutex);
            if (writer.inGroup() && m_options.commitWhileWaiting && results.count(index) == 0) {
                // Nothing to store until the pool delivers: commit what is done.
                lock.unlock();
                commitGroup();
                lock.lock();
            }
            const qint64 waitStart = timer.nsecsElapsed();
            for (;;) {
                ready.wait(lock, [&] { return results.count(index) > 0 || (namesWanted && !namesRead); });
                if (results.count(index) > 0)
                    break;
                readNames(lock);
            }
            summary.waitSeconds += (timer.nsecsElapsed() - waitStart) / 1e9;
            p = std::move(results.at(index));
            results.erase(index);
            ++taken;
            resultBytes -= p.textBytes;
            if (idleTasks > 0 && handedOut - taken <= window / 2 && resultBytes <= kWindowTextBytes / 2) {
                lock.unlock();
                roomToWork.notify_all();
            }
        }
        if (m_cancelled.load() || p.kind == Prepared::Kind::Skipped)
            break;
        held.append({{files.at(index), ImportOutcome::Kind::Refused, p.reason}, {}, std::nullopt});
        GroupFile &h = held.last();
        if (p.kind == Prepared::Kind::Duplicate) {
            summary.knownFiles += p.knownFile ? 1 : 0;
            h.outcome.kind = ImportOutcome::Kind::Duplicate;
        } else if (p.kind == Prepared::Kind::Extracted) {
            h.article = std::move(p.article);
            storing([&] {
                if (!checkpointer)
                    checkpointer.emplace(db);
                if (!writer.inGroup() && writer.beginGroup()) {
                    groupAge.start();
                    grouped = 0;
                }
                if (!writer.inGroup()) {
                    storeAlone(h); // the group could not begin: a transaction of its own
                    return;
                }
                h.stored = writer.store(*h.article);
                if (h.stored.outcome == StoreResult::Outcome::Failed) {
                    storeHeldAgain(); // the group rolled back with it (ArticleWriter::store ended it)
                    return;
                }
                ++grouped;
                settle(h);
                if (h.stored.outcome != StoreResult::Outcome::Stored)
                    h.article.reset(); // nothing to store again
            });
        }
        if (!writer.inGroup())
            reportHeld();
        else if (grouped >= m_options.groupArticles
                 || (m_options.groupMilliseconds > 0 && groupAge.elapsed() >= m_options.groupMilliseconds))
            commitGroup();
    }
    // Cancelled or not, the articles stored so far are whole: kept.
    commitGroup();
    const qint64 finishStart = timer.nsecsElapsed();
    summary.cancelled = m_cancelled.load();
    m_cancelled.store(true); // files already handed out finish at once
    stopWork();
    if (!writer.flush() && summary.error.isEmpty())
        summary.error = db.errorString();
    checkpointer.reset(); // its last checkpoint is part of the import's time

    const DatabaseStats stats = DatabaseStats::totals(db);
    summary.articles = stats.articles;
    summary.entities = stats.entities;
    summary.relations = stats.relations;
    summary.claims = stats.claims;
    summary.finishSeconds = (timer.nsecsElapsed() - finishStart) / 1e9;
    summary.seconds = timer.elapsed() / 1000.0;
    Q_EMIT finished(summary);
    return summary;
}

} // namespace liaison
