#pragma once

// Random graphs shared by the graph benchmarks (bench_graph_layout and
// bench_gui_graph), so that the layout time and the frame times are measured
// on the very same graphs.

#include "graph/graphdata.h"

#include <QRandomGenerator>

#include <algorithm>

namespace liaison::bench {

// Node i of a benchmark graph ("Entity 1", "Entity 2"…).
inline GraphNode namedNode(int i, EntityType type)
{
    GraphNode node;
    node.entityId = i + 1;
    node.type = type;
    node.name = QStringLiteral("Entity %1").arg(i + 1);
    return node;
}

// An edge with a random type, status and article count (drawn in that order,
// so the graphs stay the same for a given seed); the caller picks its ends.
inline GraphEdge randomEdge(QRandomGenerator &rng, int relationId)
{
    GraphEdge edge;
    edge.relationId = relationId;
    edge.type = static_cast<RelationType>(rng.bounded(11));
    edge.status = static_cast<Status>(rng.bounded(7));
    edge.articleCount = 1 + int(rng.bounded(3));
    return edge;
}

// Uniform random ends, half of them drawn by preferential attachment: a
// hairball with hubs, the worst case for drawing (every edge long).
inline GraphData randomGraph(int nodes, int edges)
{
    QRandomGenerator rng(2024);
    GraphData graph;
    for (int i = 0; i < nodes; ++i)
        graph.addNode(namedNode(i, static_cast<EntityType>(i % 4)));
    QList<int> ends;
    for (int i = 0; i < edges; ++i) {
        GraphEdge edge = randomEdge(rng, i + 1);
        edge.source = int(rng.bounded(nodes));
        edge.target = ends.isEmpty() || rng.bounded(2) ? int(rng.bounded(nodes)) : ends[rng.bounded(int(ends.size()))];
        ends.append(edge.source);
        ends.append(edge.target);
        graph.addEdge(edge);
    }
    graph.recomputeDegrees();
    return graph;
}

// Communities of 20 to 80 nodes (sizes drawn at random); 90 % of the edges
// stay inside a community, a third of those touch its one or two hubs. This
// is what graphs built from news articles look like.
inline GraphData clusteredGraph(int nodes, int edges)
{
    QRandomGenerator rng(2025);
    GraphData graph;
    QList<int> community(nodes);
    QList<int> starts;
    for (int i = 0; i < nodes;) {
        starts.append(i);
        const int size = std::min(nodes - i, 20 + int(rng.bounded(61)));
        for (int k = 0; k < size; ++k)
            community[i + k] = int(starts.size()) - 1;
        i += size;
    }
    starts.append(nodes);
    for (int i = 0; i < nodes; ++i)
        graph.addNode(namedNode(i, static_cast<EntityType>(rng.bounded(4))));
    for (int i = 0; i < edges; ++i) {
        GraphEdge edge = randomEdge(rng, i + 1);
        edge.source = int(rng.bounded(nodes));
        if (rng.bounded(10) == 0) {
            edge.target = int(rng.bounded(nodes));
        } else {
            const int c = community[edge.source];
            const int first = starts[c], size = starts[c + 1] - starts[c];
            edge.target = rng.bounded(3) == 0 ? first + int(rng.bounded(std::min(2, size))) : first + int(rng.bounded(size));
        }
        graph.addEdge(edge);
    }
    graph.recomputeDegrees();
    return graph;
}

} // namespace liaison::bench
