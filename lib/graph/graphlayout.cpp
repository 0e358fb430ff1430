#include "graphlayout.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtMath>

#include <igraph.h>

#include <algorithm>
#include <random>

namespace liaison {

namespace {

// igraph keeps its RNG, error handler and "finally" stack in globals unless
// built with IGRAPH_THREAD_SAFE, which Debian's 0.10.2 is not.
QMutex &igraphMutex()
{
    static QMutex mutex;
    return mutex;
}

void ensureErrorHandler()
{
    // The default handler aborts the process; a layout failure must not.
    static const bool installed = [] {
        igraph_set_error_handler(igraph_error_handler_printignore);
        igraph_set_warning_handler(igraph_warning_handler_ignore);
        return true;
    }();
    Q_UNUSED(installed);
}

constexpr double kInterCommunityPull = 0.1;

QList<QPointF> circle(const GraphData &graph, double spacing)
{
    QList<QPointF> positions(graph.nodes.size());
    const int n = graph.nodeCount();
    const double radius = spacing * std::max(1.0, n / (2 * M_PI));
    for (int i = 0; i < n; ++i) {
        const double angle = 2 * M_PI * i / std::max(1, n);
        positions[i] = graph.nodes[i].pinned ? graph.nodes[i].position
                                             : QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return positions;
}

} // namespace

QList<QPointF> GraphLayout::compute(const GraphData &graph, const LayoutOptions &options)
{
    const int n = graph.nodeCount();
    if (n == 0)
        return {};
    const double spacing = options.spacing > 0 ? options.spacing : 90;
    if (options.algorithm == LayoutAlgorithm::Circle)
        return circle(graph, spacing);
    if (n == 1)
        return {graph.nodes[0].pinned || options.useExistingPositions ? graph.nodes[0].position : QPointF()};

    bool anyPinned = false;
    for (const auto &node : graph.nodes)
        anyPinned = anyPinned || node.pinned;
    const bool useSeed = options.useExistingPositions || anyPinned;

    LayoutAlgorithm algorithm = options.algorithm;
    if (algorithm == LayoutAlgorithm::Auto)
        algorithm = n > kLargeGraph ? LayoutAlgorithm::GridFruchtermanReingold : LayoutAlgorithm::FruchtermanReingold;
    const int iterations = options.iterations > 0 ? options.iterations : (n > kLargeGraph ? 300 : 500);

    QMutexLocker lock(&igraphMutex());
    ensureErrorHandler();
    igraph_rng_seed(igraph_rng_default(), options.seed);

    igraph_vector_int_t edgeList;
    igraph_vector_int_init(&edgeList, 2 * graph.edges.size());
    for (int i = 0; i < graph.edges.size(); ++i) {
        VECTOR(edgeList)[2 * i] = graph.edges[i].source;
        VECTOR(edgeList)[2 * i + 1] = graph.edges[i].target;
    }
    igraph_t g;
    igraph_create(&g, &edgeList, n, IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&edgeList);

    igraph_matrix_t coords;
    igraph_matrix_init(&coords, n, 2);
    if (useSeed) {
        // Nodes without a position (new ones) start at random near the
        // middle, from our own seeded generator so the result is repeatable.
        std::mt19937_64 rng(options.seed);
        std::uniform_real_distribution<double> jitter(-std::sqrt(double(n)) / 2, std::sqrt(double(n)) / 2);
        for (int i = 0; i < n; ++i) {
            const auto &node = graph.nodes[i];
            const bool known = node.pinned || (options.useExistingPositions && !node.position.isNull());
            MATRIX(coords, i, 0) = known ? node.position.x() / spacing : jitter(rng);
            MATRIX(coords, i, 1) = known ? node.position.y() / spacing : jitter(rng);
        }
    }

    // Pinned nodes are held by equal lower and upper bounds.
    igraph_vector_t minX, maxX, minY, maxY;
    const bool bounded = anyPinned;
    if (bounded) {
        constexpr double kFree = 1e7;
        igraph_vector_init(&minX, n);
        igraph_vector_init(&maxX, n);
        igraph_vector_init(&minY, n);
        igraph_vector_init(&maxY, n);
        for (int i = 0; i < n; ++i) {
            const auto &node = graph.nodes[i];
            VECTOR(minX)[i] = node.pinned ? node.position.x() / spacing : -kFree;
            VECTOR(maxX)[i] = node.pinned ? node.position.x() / spacing : kFree;
            VECTOR(minY)[i] = node.pinned ? node.position.y() / spacing : -kFree;
            VECTOR(maxY)[i] = node.pinned ? node.position.y() / spacing : kFree;
        }
    }
    // Edges between communities pull at a tenth of the strength of those
    // within: a few tens of milliseconds of Louvain for 20,000 edges.
    igraph_vector_t weights{};
    const bool weighted = options.separateCommunities && n > kLargeGraph && !options.useExistingPositions;
    if (weighted) {
        igraph_vector_int_t membership;
        igraph_vector_int_init(&membership, n);
        igraph_vector_init(&weights, graph.edges.size());
        if (igraph_community_multilevel(&g, nullptr, 1.0, &membership, nullptr, nullptr) == IGRAPH_SUCCESS) {
            for (int i = 0; i < graph.edges.size(); ++i) {
                const auto &edge = graph.edges[i];
                VECTOR(weights)[i] = VECTOR(membership)[edge.source] == VECTOR(membership)[edge.target] ? 1.0 : kInterCommunityPull;
            }
        } else {
            igraph_vector_fill(&weights, 1.0);
        }
        igraph_vector_int_destroy(&membership);
    }
    const igraph_layout_grid_t grid =
        algorithm == LayoutAlgorithm::GridFruchtermanReingold ? IGRAPH_LAYOUT_GRID : IGRAPH_LAYOUT_NOGRID;
    // A gentler start when refining an existing picture, so nodes the user
    // knows do not jump across the screen.
    const double startTemperature = std::sqrt(double(n)) / (options.useExistingPositions ? 40.0 : 10.0);
    const igraph_error_t status = igraph_layout_fruchterman_reingold(
        &g, &coords, useSeed, iterations, startTemperature, grid, weighted ? &weights : nullptr, bounded ? &minX : nullptr,
        bounded ? &maxX : nullptr, bounded ? &minY : nullptr, bounded ? &maxY : nullptr);

    QList<QPointF> positions(n);
    if (status == IGRAPH_SUCCESS) {
        for (int i = 0; i < n; ++i)
            positions[i] = QPointF(MATRIX(coords, i, 0) * spacing, MATRIX(coords, i, 1) * spacing);
    } else {
        positions = circle(graph, spacing);
    }
    for (int i = 0; i < n; ++i) {
        if (graph.nodes[i].pinned)
            positions[i] = graph.nodes[i].position; // exact, not rounded through the layout units
    }

    if (bounded) {
        igraph_vector_destroy(&minX);
        igraph_vector_destroy(&maxX);
        igraph_vector_destroy(&minY);
        igraph_vector_destroy(&maxY);
    }
    if (weighted)
        igraph_vector_destroy(&weights);
    igraph_matrix_destroy(&coords);
    igraph_destroy(&g);
    return positions;
}

void GraphLayout::apply(GraphData &graph, const QList<QPointF> &positions)
{
    const auto count = std::min(graph.nodes.size(), positions.size());
    for (qsizetype i = 0; i < count; ++i)
        graph.nodes[i].position = positions[i];
}

} // namespace liaison
