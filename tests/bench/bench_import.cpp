// Measures the import pipeline on a folder of articles:
//   bench_import DIR [--threads N] [--no-known]
// 1. load + extract every file on the pool without storing (the extraction cost),
// 2. import into a fresh database, 3. import again (all duplicates).
// Prints MB/s and the ratios the import issue sets targets for (docs/STORAGE.md).

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

using namespace liaison;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "usage: bench_import DIR [--threads N]\n";
        return 2;
    }
    const QString dir = args.at(1);
    ImportOptions options;
    const int t = int(args.indexOf(QStringLiteral("--threads")));
    if (t > 0 && t + 1 < args.size())
        options.threads = args.at(t + 1).toInt();

    const QStringList files = Importer::collectFiles({dir}, nullptr);
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();
    const double megabytes = bytes / (1024.0 * 1024.0);
    out << files.size() << " files, " << QString::number(megabytes, 'f', 2) << " MB\n";

    const auto extractor = std::make_shared<const Extractor>();
    QThreadPool pool;
    if (options.threads > 0)
        pool.setMaxThreadCount(options.threads);
    QElapsedTimer timer;
    timer.start();
    QtConcurrent::blockingMap(&pool, files, [&](const QString &file) {
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
    const ImportSummary first = importer.run({dir});
    out << "import: " << first.seconds << " s, " << megabytes / first.seconds << " MB/s, " << first.imported
        << " imported, " << first.duplicates << " duplicates, " << first.refused.size() << " refused, "
        << first.entities << " entities, " << first.relations << " relations, " << first.claims << " claims\n";
    const ImportSummary again = importer.run({dir});
    out << "re-import: " << again.seconds << " s, " << again.duplicates << " duplicates\n";
    out << "ratio import/extract: " << first.seconds / extractSeconds << " (target <= 3)\n";
    out << "ratio re-import/import: " << again.seconds / first.seconds << " (target < 0.1)\n";
    return 0;
}
