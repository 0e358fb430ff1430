#include "walcheckpointer.h"

#include "database.h"

#include <QSqlQuery>

#include <chrono>

namespace liaison {

namespace {

// The WAL is started over once it holds this many frames (32 MB of 4 KB
// pages): large enough that the writer's own short checkpoints are rare,
// small enough that the WAL stays in the page cache.
constexpr qint64 kRestartFrames = 8192;
// Pause between two background checkpoints while the WAL is short.
constexpr int kPauseMs = 25;

// Runs a PASSIVE checkpoint; the frames in the WAL, or -1 if it could not run.
qint64 checkpoint(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(1).toLongLong();
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
        checkpoint(m_writer);
    }
}

void WalCheckpointer::afterCommit()
{
    if (!m_caughtUp.load(std::memory_order_acquire))
        return;
    // The thread copied all but the last few frames: copying those here, with
    // no transaction open, lets the next transaction start the WAL over.
    checkpoint(m_writer);
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
    Database db;
    const bool opened = db.open(m_writer.path(), Database::OpenMode::MustExist);
    {
        std::lock_guard lock(m_mutex);
        if (opened)
            m_opened.store(true);
        else
            m_stop = true;
    }
    m_wake.notify_all();
    if (!opened)
        return;
    while (waitFor(kPauseMs)) {
        qint64 frames = checkpoint(db);
        if (frames < kRestartFrames)
            continue;
        // Once more at once: it copies only what came in during the last
        // round, so the writer is left very little to copy itself.
        frames = checkpoint(db);
        if (frames < 0)
            continue;
        m_caughtUp.store(true, std::memory_order_release);
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stop || !m_caughtUp.load(std::memory_order_acquire); });
        if (m_stop)
            break;
    }
    db.close();
}

} // namespace liaison
