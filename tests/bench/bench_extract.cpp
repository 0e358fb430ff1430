// Throughput of the extractor (entities and relations) over a folder of
// articles, single-threaded and on every core, as medians of several runs.
//
//   python3 ../shared/bench/make-corpus.py /tmp/corpus --articles 2000
//   build/bin/bench_extract /tmp/corpus [--runs 5] [--threads N]
//
// Files are read and decoded once up front: this measures Extractor::extract,
// not the loaders. Besides wall-clock MB/s it prints MB per CPU-second (the
// machine it runs on is often shared: CPU time moves less with the load), the
// tokenizer alone as a floor measured in the same run, and the resident memory
// the lexicons add.
#include "extract/extractor.h"
#include "extract/lexicons.h"
#include "extract/textanalysis.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <ctime>
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
    std::vector<double> single, singleCpu, multi, multiCpu, tokenizer, tokenizerCpu;
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
    return 0;
}
