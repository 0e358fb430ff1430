// Throughput of the extractor (entities and relations) over a folder of
// articles, single-threaded and on every core, as medians of several runs.
//
//   python3 ../shared/bench/make-corpus.py /tmp/corpus --articles 2000
//   build/bin/bench_extract /tmp/corpus [--runs 5] [--threads N]
//
// Files are read and decoded once up front: this measures Extractor::extract,
// not the loaders.
#include "extract/extractor.h"
#include "extract/lexicons.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace liaison;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double runOnce(const Extractor &extractor, const QStringList &texts, int threads, qint64 *entities)
{
    std::atomic<int> next{0};
    std::atomic<qint64> found{0};
    QElapsedTimer timer;
    timer.start();
    auto work = [&] {
        qint64 local = 0;
        for (int i = next++; i < texts.size(); i = next++) {
            const Extraction x = extractor.extract(texts.at(i));
            local += x.entities.size() + x.relations.size();
        }
        found += local;
    };
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
        for (auto &t : pool)
            t.join();
    }
    *entities = found;
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "usage: bench_extract CORPUS_DIR [--runs N] [--threads N]\n";
        return 2;
    }
    int runs = 5;
    int threads = int(std::max(2u, std::thread::hardware_concurrency()));
    for (int i = 2; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--runs")
            runs = std::max(1, args.at(i + 1).toInt());
        if (args.at(i) == u"--threads")
            threads = std::max(1, args.at(i + 1).toInt());
    }
    const QDir dir(args.at(1));
    QStringList texts;
    qint64 bytes = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        bytes += data.size();
        texts << QString::fromUtf8(data);
    }
    if (texts.isEmpty()) {
        out << "no .txt files in " << args.at(1) << '\n';
        return 1;
    }
    QElapsedTimer load;
    load.start();
    const Extractor extractor; // loads the lexicons
    (void)Lexicons::shipped();
    const double loadSeconds = load.nsecsElapsed() / 1e9;

    qint64 found = 0;
    runOnce(extractor, texts.mid(0, 50), 1, &found); // warm-up
    std::vector<double> single;
    std::vector<double> multi;
    for (int r = 0; r < runs; ++r) {
        single.push_back(runOnce(extractor, texts, 1, &found));
        multi.push_back(runOnce(extractor, texts, threads, &found));
    }
    const double mb = bytes / 1e6;
    out << "corpus: " << texts.size() << " files, " << Qt::fixed << qSetRealNumberPrecision(2) << mb << " MB\n";
    out << "lexicons loaded in " << qSetRealNumberPrecision(3) << loadSeconds << " s\n";
    out << "entities+relations per run: " << found << '\n';
    out << "single-threaded: median " << qSetRealNumberPrecision(2) << mb / median(single) << " MB/s ("
        << qSetRealNumberPrecision(3) << median(single) << " s, " << runs << " runs)\n";
    out << threads << " threads: median " << qSetRealNumberPrecision(2) << mb / median(multi) << " MB/s ("
        << qSetRealNumberPrecision(3) << median(multi) << " s)\n";
    return 0;
}
