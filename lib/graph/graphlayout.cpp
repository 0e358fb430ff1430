#include "graphlayout.h"

#include "graphstyle.h"

#include <QLineF>
#include <QMutex>
#include <QMutexLocker>
#include <QtMath>

#include <igraph.h>

#include <algorithm>
#include <cmath>
#include <limits>
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

// Spreads a large layout so that nodes sit a few diameters apart (see
// LayoutOptions::neighbourDiameters). igraph's grid layout leaves a dense
// core, where most nodes overlap (median nearest neighbour 2 units for
// 5,000 nodes and 20,000 edges), and a sparse rim with far-flung small
// components, so no single scale factor works. Each node keeps its direction
// from the middle and its rank by distance, and gets the radius at which a
// disc of evenly spaced nodes would hold that many: the density evens out,
// what was close stays close, outliers come in. A final scale sets the
// median nearest-neighbour distance. Pinned nodes stay exactly where they
// are; the rest spreads around them.
void spreadOut(const GraphData &graph, const LayoutOptions &options, QList<QPointF> &positions)
{
    const int n = graph.nodeCount();
    double meanRadius = 0;
    for (const auto &node : graph.nodes)
        meanRadius += GraphStyle::nodeRadius(node.degree) / n;
    const double target = options.neighbourDiameters * 2 * meanRadius;
    QPointF origin;
    int pinned = 0;
    for (int i = 0; i < n; ++i) {
        if (graph.nodes[i].pinned) {
            origin += positions[i];
            ++pinned;
        }
    }
    if (pinned > 0) {
        origin /= pinned;
    } else {
        // The component-wise median: a few outliers do not drag it.
        QList<double> xs(n), ys(n);
        for (int i = 0; i < n; ++i) {
            xs[i] = positions[i].x();
            ys[i] = positions[i].y();
        }
        std::nth_element(xs.begin(), xs.begin() + n / 2, xs.end());
        std::nth_element(ys.begin(), ys.begin() + n / 2, ys.end());
        origin = QPointF(xs[n / 2], ys[n / 2]);
    }
    QList<int> order;
    order.reserve(n);
    QList<double> distance(n);
    for (int i = 0; i < n; ++i) {
        distance[i] = QLineF(origin, positions[i]).length();
        if (!graph.nodes[i].pinned)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return distance[a] < distance[b]; });
    // A hexagonal packing at `target` spacing gives each node 0.87 target².
    const double disc = std::sqrt(order.size() * 0.87 * target * target / M_PI);
    for (qsizetype k = 0; k < order.size(); ++k) {
        const int i = order[k];
        const double radius = disc * std::sqrt((k + 0.5) / double(order.size()));
        QPointF unit = distance[i] > 1e-9 ? (positions[i] - origin) / distance[i]
                                          : QPointF(std::cos(2.39996 * k), std::sin(2.39996 * k));
        positions[i] = origin + unit * radius;
    }
    // Directions are not evenly spread: set the spacing itself.
    const double nearest = GraphLayout::medianNearestDistance(positions);
    if (nearest <= 0)
        return;
    const double factor = std::clamp(target / nearest, 0.5, 4.0);
    for (const int i : std::as_const(order))
        positions[i] = origin + (positions[i] - origin) * factor;
}

} // namespace

double GraphLayout::medianNearestDistance(const QList<QPointF> &points)
{
    const auto n = points.size();
    if (n < 2)
        return 0;
    // Cells sized for about one point each over the central bulk; the ring
    // search widens until no closer point can exist.
    QList<double> xs(n), ys(n);
    for (qsizetype i = 0; i < n; ++i) {
        xs[i] = points[i].x();
        ys[i] = points[i].y();
    }
    std::sort(xs.begin(), xs.end());
    std::sort(ys.begin(), ys.end());
    const qsizetype lo = n / 20, hi = n - 1 - n / 20;
    const double width = std::max(1e-9, xs[hi] - xs[lo]), height = std::max(1e-9, ys[hi] - ys[lo]);
    const double cell = std::max(1e-9, std::sqrt(width * height / double(n)));
    const double left = xs.first(), top = ys.first();
    constexpr int kMaxSide = 1024;
    const int columns = std::clamp(int((xs.last() - left) / cell) + 1, 1, kMaxSide);
    const int rows = std::clamp(int((ys.last() - top) / cell) + 1, 1, kMaxSide);
    const auto column = [&](double x) { return std::clamp(int((x - left) / cell), 0, columns - 1); };
    const auto row = [&](double y) { return std::clamp(int((y - top) / cell), 0, rows - 1); };
    // Counting sort of the points into cells.
    QList<int> start(qsizetype(columns) * rows + 1, 0);
    for (const QPointF &p : points)
        ++start[qsizetype(row(p.y())) * columns + column(p.x()) + 1];
    for (qsizetype c = 1; c < start.size(); ++c)
        start[c] += start[c - 1];
    QList<int> order(n);
    QList<int> fill = start;
    for (qsizetype i = 0; i < n; ++i)
        order[fill[qsizetype(row(points[i].y())) * columns + column(points[i].x())]++] = int(i);

    QList<double> nearest(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p = points[i];
        const int c = column(p.x()), r = row(p.y());
        double best = std::numeric_limits<double>::max();
        for (int ring = 0; ring < std::max(columns, rows); ++ring) {
            // Every point of a ring is at least (ring - 1) cells away.
            if (ring > 1 && (ring - 1) * cell > std::sqrt(best))
                break;
            for (int rr = r - ring; rr <= r + ring; ++rr) {
                if (rr < 0 || rr >= rows)
                    continue;
                const bool edgeRow = rr == r - ring || rr == r + ring;
                for (int cc = c - ring; cc <= c + ring; cc += edgeRow ? 1 : 2 * std::max(1, ring)) {
                    if (cc < 0 || cc >= columns)
                        continue;
                    const qsizetype k = qsizetype(rr) * columns + cc;
                    for (int j = start[k]; j < start[k + 1]; ++j) {
                        const int other = order[j];
                        if (other == i)
                            continue;
                        const double dx = points[other].x() - p.x(), dy = points[other].y() - p.y();
                        best = std::min(best, dx * dx + dy * dy);
                    }
                }
            }
        }
        nearest[i] = std::sqrt(best);
    }
    std::nth_element(nearest.begin(), nearest.begin() + n / 2, nearest.end());
    return nearest[n / 2];
}

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
    if (status == IGRAPH_SUCCESS && n > kLargeGraph && options.neighbourDiameters > 0 && !options.useExistingPositions)
        spreadOut(graph, options, positions);

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
