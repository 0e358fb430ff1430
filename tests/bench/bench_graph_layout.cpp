// Times GraphLayout::compute on a random graph (default 5,000 nodes and
// 20,000 edges, the size issue 5 sets a 2 s budget for). Run by hand:
//   build/bin/bench_graph_layout [--nodes N] [--edges M] [--runs R] [--algorithm auto|fr|grid]
#include "graph/graphlayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

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
    parser.process(app);
    const int nodes = parser.value(QStringLiteral("nodes")).toInt();
    const int edges = parser.value(QStringLiteral("edges")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString algorithm = parser.value(QStringLiteral("algorithm"));

    // Preferential attachment-ish: real news graphs have hubs (big companies)
    // and a long tail, not a uniform random mesh.
    QRandomGenerator rng(2024);
    GraphData graph;
    for (int i = 0; i < nodes; ++i) {
        GraphNode node;
        node.entityId = i + 1;
        node.type = static_cast<EntityType>(i % 4);
        graph.addNode(node);
    }
    QList<int> ends;
    for (int i = 0; i < edges; ++i) {
        GraphEdge edge;
        edge.relationId = i + 1;
        edge.source = int(rng.bounded(nodes));
        edge.target = ends.isEmpty() || rng.bounded(2) ? int(rng.bounded(nodes)) : ends[rng.bounded(int(ends.size()))];
        ends.append(edge.source);
        ends.append(edge.target);
        graph.addEdge(edge);
    }
    graph.recomputeDegrees();

    LayoutOptions options;
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
    std::printf("layout %d nodes, %d edges, %s: median %.1f ms, min %.1f ms, max %.1f ms over %d runs\n", nodes,
                edges, qPrintable(algorithm), times[times.size() / 2], times.first(), times.last(), runs);
    return 0;
}
