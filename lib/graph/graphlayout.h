#pragma once

#include "graphdata.h"

#include <QList>
#include <QPointF>

namespace liaison {

enum class LayoutAlgorithm {
    Auto,               // force-directed, switching to the grid variant for large graphs
    FruchtermanReingold, // exact repulsion: best looking, O(n^2) per iteration
    GridFruchtermanReingold, // repulsion only within grid cells: O(n + m) per iteration
    Circle,             // instant, for previews
};

struct LayoutOptions {
    LayoutAlgorithm algorithm = LayoutAlgorithm::Auto;
    quint64 seed = 1;        // same seed, same graph: same layout
    int iterations = 0;      // 0: chosen from the graph size
    bool useExistingPositions = false; // start from GraphNode::position (incremental relayout)
    double spacing = 90;     // scene units per igraph layout unit
    // Large graphs: find communities (Louvain) and weaken the pull of the
    // edges between them, so that each community gathers in its own patch
    // instead of all of them melting into one disc. Off by default until its
    // cost on the 2 s layout budget is measured on an idle machine.
    bool separateCommunities = false;
    // Large graphs: the grid layout packs most of thousands of nodes into a
    // core where they overlap, and flings small components far out, so a
    // zoomed-in view still held every node. The result is spread so that the
    // density is even and the median distance from a node to its nearest
    // neighbour is this many mean node diameters (see spreadOut in the .cpp).
    // 0 keeps igraph's own scale (times `spacing`).
    double neighbourDiameters = 1.5;
};

// Force-directed layouts of a GraphData with igraph, in scene coordinates.
// Pinned nodes keep their positions. Safe to call from any thread: igraph 0.10
// is built without thread-local state here, so calls are serialized by a mutex.
class GraphLayout
{
public:
    // Above this many nodes, Auto uses the grid variant.
    static constexpr int kLargeGraph = 1000;

    static QList<QPointF> compute(const GraphData &graph, const LayoutOptions &options = {});
    // The median distance from a node to its nearest neighbour (grid search,
    // O(n) for spread-out points); 0 with fewer than two points.
    static double medianNearestDistance(const QList<QPointF> &points);
    // Writes the positions of compute() into the graph.
    static void apply(GraphData &graph, const QList<QPointF> &positions);
};

} // namespace liaison
