#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace liaison {

class Database;

// Moves the WAL checkpoints of a long run of write transactions (an import)
// off the writing thread. SQLite's automatic checkpoint runs inside the commit
// that crosses the threshold and waits there for two fdatasync()s of tens of
// megabytes; an import of 2,000 articles spent about 2.5 s in them. While a
// WalCheckpointer lives, the writer's automatic checkpoints are off and a
// thread of its own, on its own connection, copies the WAL into the database
// (PASSIVE: it never blocks the writer). Only when the WAL has grown past the
// threshold and the thread has caught up does the writer checkpoint the few
// frames left itself, between two transactions, so that its next transaction
// starts the WAL over. Durability is unchanged: the same checkpoints with the
// same syncs, on another thread.
class WalCheckpointer
{
public:
    // `writer` stays on the calling thread; a SQLite file only (otherwise this does nothing).
    explicit WalCheckpointer(Database &writer);
    // Stops the thread, checkpoints what is left on the writer and turns its
    // automatic checkpoints back on.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Call on the writer's thread after each transaction (outside any).
    void afterCommit();

private:
    void run();
    bool waitFor(int milliseconds); // false once stopping

    Database &m_writer;
    int m_autoCheckpoint = 0; // the writer's setting, restored at the end
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<bool> m_opened{false};
    std::atomic<bool> m_caughtUp{false}; // the writer may start the WAL over
};

} // namespace liaison
