#include "walcheckpointer.h"

#include "database.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <chrono>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace liaison {

namespace {

// The WAL is started over once it holds this many frames (64 MB of 4 KB
// pages): large enough that the writer's own short checkpoints are rare,
// small enough that the WAL stays in the page cache.
constexpr qint64 kRestartFrames = 16384;
// The writer is asked to start the WAL over once a round found fewer new
// frames than this (a few articles' worth) or after this many rounds.
constexpr qint64 kCaughtUpFrames = 512;
constexpr int kMaxRounds = 8;
// Pause between two background checkpoints while the WAL is short.
constexpr int kPauseMs = 100;

// Runs a PASSIVE checkpoint; the frames in the WAL, or -1 if it could not run.
qint64 checkpoint(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
        return -1;
    return q.value(1).toLongLong();
}

// Flushes the file's dirty pages to disk, whoever wrote them. A PASSIVE
// checkpoint that the writer outran syncs the WAL but not the database, so
// the writer's own checkpoint would wait for every page the rounds copied.
void syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

} // namespace

WalCheckpointer::WalCheckpointer(Database &writer) : m_writer(writer)
{
    if (m_writer.dialect().kind() != SqlDialect::Kind::SQLite || !m_writer.isOpen())
        return;
    {
        QSqlQuery q = m_writer.prepare(QStringLiteral("PRAGMA wal_autocheckpoint"));
        if (!q.exec() || !q.next())
            return;
        m_autoCheckpoint = q.value(0).toInt();
    }
    m_thread = std::thread([this] { run(); });
    // Wait for the thread's connection: without it, the writer keeps checkpointing itself.
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_opened.load() || m_stop; });
    if (m_opened.load())
        m_writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    if (m_opened.load()) {
        m_writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autoCheckpoint));
        // What the thread had not copied yet, so the WAL can start over.
        checkpoint(m_writer.connection());
    }
}

void WalCheckpointer::afterCommit()
{
    if (!m_caughtUp.load(std::memory_order_acquire))
        return;
    // The thread copied all but the last few frames: copying those here, with
    // no transaction open, lets the next transaction start the WAL over.
    checkpoint(m_writer.connection());
    {
        std::lock_guard lock(m_mutex); // or the thread could miss the wake-up
        m_caughtUp.store(false, std::memory_order_release);
    }
    m_wake.notify_all();
}

bool WalCheckpointer::waitFor(int milliseconds)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(milliseconds), [this] { return m_stop; });
    return !m_stop;
}

void WalCheckpointer::run()
{
    // A bare connection: it only checkpoints, so none of Database::open's
    // checks, migrations or repairs are wanted here.
    static QAtomicInt counter;
    const QString name = QStringLiteral("liaison-checkpointer-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_writer.path());
        const bool opened = db.open();
        {
            std::lock_guard lock(m_mutex);
            if (opened)
                m_opened.store(true);
            else
                m_stop = true;
        }
        m_wake.notify_all();
        while (opened && waitFor(kPauseMs)) {
            qint64 frames = checkpoint(db);
            if (frames < kRestartFrames)
                continue;
            // Again at once until a round finds little new: each copies only
            // what came in during the one before, so the writer is left very
            // little to copy (and sync) itself.
            for (int round = 0; round < kMaxRounds; ++round) {
                const qint64 before = frames;
                frames = checkpoint(db);
                if (frames < 0 || frames - before < kCaughtUpFrames)
                    break;
            }
            if (frames < 0)
                continue;
            syncFile(m_writer.path());
            syncFile(m_writer.path() + QStringLiteral("-wal"));
            m_caughtUp.store(true, std::memory_order_release);
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_caughtUp.load(std::memory_order_acquire); });
            if (m_stop)
                break;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace liaison
