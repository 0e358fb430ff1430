// Times GraphLayout::compute on a random graph from tests/bench/randomgraph.h
// (default 5,000 nodes and 20,000 edges, the size issue 5 sets a 2 s budget
// for; the same graphs bench_gui_graph draws). Run by hand:
//   build/bin/bench_graph_layout [--nodes N] [--edges M] [--runs R] [--algorithm auto|fr|grid] [--graph random|clustered]
//                            [--layout plain|communities]
#include "graph/graphlayout.h"
#include "randomgraph.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace liaison;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("nodes"), QStringLiteral("Number of nodes."), QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("edges"), QStringLiteral("Number of edges."), QStringLiteral("m"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("r"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("algorithm"), QStringLiteral("auto, fr or grid."), QStringLiteral("a"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("graph"), QStringLiteral("random (with hubs) or clustered."), QStringLiteral("kind"),
                      QStringLiteral("random")});
    parser.addOption({QStringLiteral("layout"), QStringLiteral("plain (the default) or communities (pulled apart)."),
                      QStringLiteral("kind"), QStringLiteral("plain")});
    parser.process(app);
    const int nodes = parser.value(QStringLiteral("nodes")).toInt();
    const int edges = parser.value(QStringLiteral("edges")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString algorithm = parser.value(QStringLiteral("algorithm"));

    const QString kind = parser.value(QStringLiteral("graph"));
    const GraphData graph = kind == QLatin1StringView("clustered") ? bench::clusteredGraph(nodes, edges)
                                                                   : bench::randomGraph(nodes, edges);

    LayoutOptions options;
    options.separateCommunities = parser.value(QStringLiteral("layout")) == QLatin1StringView("communities");
    if (algorithm == QLatin1StringView("fr"))
        options.algorithm = LayoutAlgorithm::FruchtermanReingold;
    else if (algorithm == QLatin1StringView("grid"))
        options.algorithm = LayoutAlgorithm::GridFruchtermanReingold;

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        options.seed = run + 1;
        QElapsedTimer timer;
        timer.start();
        const QList<QPointF> positions = GraphLayout::compute(graph, options);
        times.append(timer.nsecsElapsed() / 1e6);
        if (positions.size() != nodes) {
            std::fprintf(stderr, "layout returned %lld positions\n", static_cast<long long>(positions.size()));
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("layout %s graph, %d nodes, %d edges, %s, %s: median %.1f ms, min %.1f ms, max %.1f ms over %d runs\n",
                qPrintable(kind), nodes, edges, qPrintable(algorithm), qPrintable(parser.value(QStringLiteral("layout"))),
                times[times.size() / 2], times.first(), times.last(), runs);
    return 0;
}
