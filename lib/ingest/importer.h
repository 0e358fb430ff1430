#pragma once

#include "importsummary.h"
#include "model/extraction.h"
#include "text/loader.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace liaison {

class Extractor;
struct ExtractOptions;
struct SourceText;

struct ImportOptions {
    LoadOptions load;
    int threads = 0; // loading and extraction threads; 0: one per core

    // How the writer batches its work (Importer::run explains why). The
    // limits in milliseconds make an import's pace decide where batches end;
    // benchmarks that count instructions set them to 0 (no limit) and
    // commitWhileWaiting to false, so that a run's work does not depend on
    // how fast the machine or a profiler runs it.
    int groupArticles = 128;        // articles per transaction at most
    int groupMilliseconds = 250;    // how long a transaction stays open at most
    bool commitWhileWaiting = true; // commit the open group when the pool has nothing ready
    int heldArticles = 4096;        // articles whose counts and search index are held back at most
    int heldMilliseconds = 1000;    // how long they are held back at most
};

// The import pipeline: files and folders -> loaded texts -> extractions ->
// database. Loading and extraction run on a thread pool; one writer stores the
// results in input order, one transaction per article, so a cancelled or
// killed import leaves only whole articles. Used by the GUI and the CLI alike.
class Importer : public QObject
{
    Q_OBJECT

public:
    using ExtractFunction = std::function<Extraction(const SourceText &, const ExtractOptions &)>;

    explicit Importer(const QString &databasePath, QObject *parent = nullptr);
    ~Importer() override; // cancels and waits for a started import

    void setOptions(const ImportOptions &options) { m_options = options; }
    // One shared, thread-safe extractor; a default one is made when none is set.
    void setExtractor(std::shared_ptr<const Extractor> extractor) { m_extractor = std::move(extractor); }
    // Replaces the extractor altogether (tests, tools); must be thread-safe.
    void setExtractFunction(ExtractFunction function) { m_extractFunction = std::move(function); }

    // Imports on the calling thread (which becomes the writer) and returns when done.
    ImportSummary run(const QStringList &paths);
    // Imports on a worker thread; finished() is emitted when done.
    void start(const QStringList &paths);
    bool isRunning() const;
    bool wait(int msecs = -1);
    // Thread-safe. The article being written is completed; nothing else is.
    void cancel() { m_cancelled.store(true); }

    // The files an import of these paths would read: folders recursively (each
    // folder once, so symlink loops end), supported suffixes only, hidden files
    // skipped. Missing paths and explicitly named unsupported files go to refused.
    static QStringList collectFiles(const QStringList &paths, QList<RefusedFile> *refused);

Q_SIGNALS:
    void progress(int done, int total, const QString &currentFile);
    void fileFinished(const liaison::ImportOutcome &outcome);
    void finished(const liaison::ImportSummary &summary);

private:
    ImportSummary importFiles(const QStringList &paths);

    QString m_databasePath;
    ImportOptions m_options;
    std::shared_ptr<const Extractor> m_extractor;
    ExtractFunction m_extractFunction;
    std::atomic<bool> m_cancelled{false};
    QThread *m_thread = nullptr;
};

} // namespace liaison
