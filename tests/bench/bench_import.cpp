// Measures the import pipeline on a folder of articles:
//   bench_import DIR [--threads N] [--no-known] [--runs N] [--fixed-batches] [--import-only]
// 1. load + extract every file on the pool without storing (the extraction cost),
// 2. import into a fresh database, 3. import again (all duplicates).
// With --runs N the three steps are repeated N times and medians are printed.
// Prints MB/s, the ratios the import issue sets targets for, and the CPU time
// of the writer thread per article (the import runs on this thread; the pool
// loads and extracts), which a busy machine disturbs far less than wall time
// (docs/STORAGE.md). --fixed-batches ends transactions and held-back batches
// by article counts only, so that callgrind counts the work of a normal-paced
// run; --import-only skips step 1.

#include "extract/extractor.h"
#include "ingest/importer.h"
#include "text/loader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent>

#include <algorithm>
#include <ctime>

using namespace liaison;

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "usage: bench_import DIR [--threads N] [--no-known] [--runs N] [--fixed-batches] [--import-only]\n";
        return 2;
    }
    const QString dir = args.at(1);
    ImportOptions options;
    const int t = int(args.indexOf(QStringLiteral("--threads")));
    if (t > 0 && t + 1 < args.size())
        options.threads = args.at(t + 1).toInt();
    if (args.contains(QStringLiteral("--fixed-batches"))) {
        // Where transactions and held-back batches end no longer depends on
        // the pace: for counting instructions (under callgrind, a 250 ms
        // limit would cut groups of a few articles). 1,024 held articles are
        // about what a second holds on this corpus.
        options.groupMilliseconds = 0;
        options.commitWhileWaiting = false;
        options.heldArticles = 1024;
        options.heldMilliseconds = 0;
    }
    const bool importOnly = args.contains(QStringLiteral("--import-only"));

    const QStringList files = Importer::collectFiles({dir}, nullptr);
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();
    const double megabytes = bytes / (1024.0 * 1024.0);
    out << files.size() << " files, " << QString::number(megabytes, 'f', 2) << " MB\n";

    const int r = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = r > 0 && r + 1 < args.size() ? qMax(1, args.at(r + 1).toInt()) : 1;

    const auto extractor = std::make_shared<const Extractor>();
    QThreadPool pool;
    if (options.threads > 0)
        pool.setMaxThreadCount(options.threads);
    QList<double> extractTimes, importTimes, reimportTimes, ratios, reimportRatios, writerMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QtConcurrent::blockingMap(&pool, importOnly ? QStringList() : files, [&](const QString &file) {
            const LoadResult loaded = loadFile(file);
            if (loaded.ok()) {
                ExtractOptions o;
                o.language = loaded.source->language;
                o.published = loaded.source->published;
                extractor->extract(loaded.source->text, o);
            }
        });
        const double extractSeconds = timer.elapsed() / 1000.0;
        out << "load+extract only: " << extractSeconds << " s, " << megabytes / extractSeconds << " MB/s\n";

        QTemporaryDir tmp;
        Importer importer(tmp.filePath(QStringLiteral("bench.sqlite")));
        importer.setOptions(options);
        importer.setExtractor(extractor);
        if (args.contains(QStringLiteral("--no-known"))) {
            // Isolates the cost of giving the database's entities to the extractor.
            importer.setExtractFunction([extractor](const SourceText &source, const ExtractOptions &o) {
                ExtractOptions without = o;
                without.known.clear();
                return extractor->extract(source.text, without);
            });
        }
        const double cpuBefore = threadCpuSeconds();
        const ImportSummary first = importer.run({dir});
        const double writerSeconds = threadCpuSeconds() - cpuBefore;
        out << "import: " << first.seconds << " s, " << megabytes / first.seconds << " MB/s, " << first.imported
            << " imported, " << first.duplicates << " duplicates, " << first.refused.size() << " refused, "
            << first.entities << " entities, " << first.relations << " relations, " << first.claims << " claims\n";
        out << "writer thread CPU: " << writerSeconds << " s, "
            << 1000.0 * writerSeconds / qMax(1, first.imported) << " ms per article, of which storing "
            << first.storeCpuSeconds << " s; wall time storing " << first.storeSeconds << " s, waiting for the pool " << first.waitSeconds << " s, before the first file "
            << first.startSeconds << " s, after the last " << first.finishSeconds << " s, the rest (hand-off, "
            << "signals) " << first.seconds - first.storeSeconds - first.waitSeconds - first.startSeconds
                - first.finishSeconds
            << " s\n";
        const ImportSummary again = importer.run({dir});
        out << "re-import: " << again.seconds << " s, " << again.duplicates << " duplicates (" << again.knownFiles
            << " known by their bytes); before the first file "
            << again.startSeconds << " s, waiting for the pool " << again.waitSeconds << " s, after the last "
            << again.finishSeconds << " s\n";
        out << "ratio import/extract: " << first.seconds / extractSeconds << " (target <= 3)\n";
        out << "ratio re-import/import: " << again.seconds / first.seconds << " (target < 0.1)\n";
        out.flush();
        extractTimes << extractSeconds;
        importTimes << first.seconds;
        reimportTimes << again.seconds;
        ratios << first.seconds / extractSeconds;
        reimportRatios << again.seconds / first.seconds;
        writerMs << 1000.0 * writerSeconds / qMax(1, first.imported);
    }
    if (runs > 1) {
        out << "median of " << runs << " runs: load+extract " << median(extractTimes) << " s ("
            << megabytes / median(extractTimes) << " MB/s), import " << median(importTimes) << " s ("
            << megabytes / median(importTimes) << " MB/s), re-import " << median(reimportTimes)
            << " s, ratio import/extract " << median(ratios) << ", ratio re-import/import " << median(reimportRatios)
            << ", writer CPU " << median(writerMs) << " ms per article\n";
    }
    return 0;
}
