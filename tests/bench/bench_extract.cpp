// Throughput of the extractor (entities and relations) over a folder of
// articles, single-threaded and on every core, as medians of several runs.
//
//   python3 ../shared/bench/make-corpus.py /tmp/corpus --articles 2000
//   build/bin/bench_extract /tmp/corpus [--runs 5] [--threads N]
//
// The engine figure reads and decodes the files once up front: it measures
// Extractor::extract alone. The end-to-end figure starts from the files on
// disk each time, as `liaison-cli extract` does (loadFile: read, charset,
// normalization, hash, language; then extraction), minus printing the JSON;
// it is measured single-threaded and on 2 threads (and on --threads N when
// that differs), in the same runs, so the cost outside the engine shows.
// Besides wall-clock MB/s it prints MB per CPU-second (the machine it runs on
// is often shared: CPU time moves less with the load), the tokenizer alone as
// a floor measured in the same run, and the resident memory the lexicons add.
#include "extract/extractor.h"
#include "extract/lexicons.h"
#include "extract/textanalysis.h"
#include "text/loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <functional>
#include <thread>
#include <vector>

using namespace liaison;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

// Resident set size in MB, from /proc (0 where there is none).
double residentMB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096.0 / 1e6 : 0;
}

struct Timing {
    double wall = 0;
    double cpu = 0;
};

Timing tokenizeOnce(const QStringList &texts)
{
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    qint64 tokens = 0;
    for (const QString &text : texts)
        tokens += analyzeText(text, guessLanguage(text)).tokens.size();
    Q_ASSERT(tokens > 0);
    return {timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu0};
}

// Runs `work` on this thread, or on `threads` threads at once.
template<typename Work>
void runOn(int threads, Work &work)
{
    if (threads <= 1) {
        work();
        return;
    }
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(std::ref(work));
    for (auto &t : pool)
        t.join();
}

Timing runOnce(const Extractor &extractor, const QStringList &texts, int threads, qint64 *entities)
{
    std::atomic<int> next{0};
    std::atomic<qint64> found{0};
    const double cpu0 = cpuSeconds();
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
    runOn(threads, work);
    *entities = found;
    return {timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu0};
}

// Files on disk -> loaded text -> extraction, as `liaison-cli extract` does
// for each file (the loader's language guess feeds the extractor).
Timing runEndToEnd(const Extractor &extractor, const QStringList &paths, int threads, qint64 *entities)
{
    std::atomic<int> next{0};
    std::atomic<qint64> found{0};
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    auto work = [&] {
        qint64 local = 0;
        for (int i = next++; i < paths.size(); i = next++) {
            LoadOptions loadOptions;
            loadOptions.contentHash = false; // as liaison-cli extract, which stores nothing
            const LoadResult loaded = loadFile(paths.at(i), loadOptions);
            if (!loaded.ok())
                continue;
            ExtractOptions options;
            options.language = loaded.source->language;
            options.published = loaded.source->published;
            const Extraction x = extractor.extract(loaded.source->text, options);
            local += x.entities.size() + x.relations.size();
        }
        found += local;
    };
    runOn(threads, work);
    *entities = found;
    return {timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu0};
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
    QStringList paths;
    qint64 bytes = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        bytes += data.size();
        texts << QString::fromUtf8(data);
        paths << f.fileName();
    }
    if (texts.isEmpty()) {
        out << "no .txt files in " << args.at(1) << '\n';
        return 1;
    }
    const double rssBefore = residentMB();
    QElapsedTimer load;
    load.start();
    const Extractor extractor; // loads the lexicons
    (void)Lexicons::shipped();
    (void)extractor.extract(QStringLiteral("Warm-up: Alice Martin founded Example Labs.")); // relation lexicon
    const double loadSeconds = load.nsecsElapsed() / 1e9;
    const double rssAfter = residentMB();

    qint64 found = 0;
    runOnce(extractor, texts.mid(0, 50), 1, &found); // warm-up
    (void)runEndToEnd(extractor, paths.mid(0, 50), 1, &found); // warm-up: the loaders' first calls
    std::vector<double> single, singleCpu, multi, multiCpu, tokenizer, tokenizerCpu;
    // End to end on 1 thread, 2 threads and, when it differs, --threads.
    std::vector<int> e2eThreads{1, 2};
    if (threads > 2)
        e2eThreads.push_back(threads);
    std::vector<std::vector<double>> e2e(e2eThreads.size()), e2eCpu(e2eThreads.size());
    qint64 e2eFound = 0;
    for (int r = 0; r < runs; ++r) {
        const Timing t = tokenizeOnce(texts);
        tokenizer.push_back(t.wall);
        tokenizerCpu.push_back(t.cpu);
        const Timing s1 = runOnce(extractor, texts, 1, &found);
        single.push_back(s1.wall);
        singleCpu.push_back(s1.cpu);
        const Timing sn = runOnce(extractor, texts, threads, &found);
        multi.push_back(sn.wall);
        multiCpu.push_back(sn.cpu);
        for (std::size_t k = 0; k < e2eThreads.size(); ++k) {
            const Timing e = runEndToEnd(extractor, paths, e2eThreads[k], &e2eFound);
            e2e[k].push_back(e.wall);
            e2eCpu[k].push_back(e.cpu);
        }
    }
    const double mb = bytes / 1e6;
    out << "corpus: " << texts.size() << " files, " << Qt::fixed << qSetRealNumberPrecision(2) << mb << " MB\n";
    out << "lexicons loaded in " << qSetRealNumberPrecision(3) << loadSeconds << " s, resident memory "
        << qSetRealNumberPrecision(1) << rssBefore << " MB -> " << rssAfter << " MB (+" << rssAfter - rssBefore
        << " MB)\n";
    out << "entities+relations per run: " << found << '\n';
    out << "tokenizer only (floor): median " << qSetRealNumberPrecision(2) << mb / median(tokenizer) << " MB/s, "
        << mb / median(tokenizerCpu) << " MB per CPU-second\n";
    out << "single-threaded: median " << qSetRealNumberPrecision(2) << mb / median(single) << " MB/s ("
        << qSetRealNumberPrecision(3) << median(single) << " s, " << runs << " runs), "
        << qSetRealNumberPrecision(2) << mb / median(singleCpu) << " MB per CPU-second\n";
    out << threads << " threads: median " << qSetRealNumberPrecision(2) << mb / median(multi) << " MB/s ("
        << qSetRealNumberPrecision(3) << median(multi) << " s), " << qSetRealNumberPrecision(2)
        << mb / median(multiCpu) << " MB per CPU-second\n";
    out << "end to end (files on disk -> loadFile -> extract, no printing), entities+relations per run: "
        << e2eFound << '\n';
    for (std::size_t k = 0; k < e2eThreads.size(); ++k) {
        out << "  " << e2eThreads[k] << (e2eThreads[k] == 1 ? " thread" : " threads") << ": median "
            << qSetRealNumberPrecision(2) << mb / median(e2e[k]) << " MB/s (" << qSetRealNumberPrecision(3)
            << median(e2e[k]) << " s), " << qSetRealNumberPrecision(2) << mb / median(e2eCpu[k])
            << " MB per CPU-second\n";
    }
    return 0;
}
