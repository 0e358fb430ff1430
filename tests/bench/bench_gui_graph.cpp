// Frame time of the graph view: repaints of the whole viewport while panning
// and zooming laid-out graphs (default 5,000 nodes, 20,000 edges): a uniform
// random one with hubs (a hairball, the worst case) and a clustered one
// (communities with few links between them, like real article graphs).
// Run by hand, offscreen or under X:
//   QT_QPA_PLATFORM=offscreen build/bin/bench_gui_graph [--nodes N] [--edges M] [--frames F] [--graph random|clustered|both]
//                                                       [--layout plain|communities] [--mode before|after|both]
// Each zoom level (fit-to-view, 0.25, 0.5, 1, 2) is panned and zoomed; every
// scenario prints the median and 90th percentile frame time (wall and thread
// CPU), the nodes in view, and what the last paint drew. "--mode both" runs
// the previous way (packed layout, full repaints) and the current one in the
// same process and prints their ratios.
//   xvfb-run -a build/bin/bench_gui_graph
//   build/bin/bench_gui_graph --screenshot /tmp/graph.png   (a small sample graph)
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"

#include "graph/graphlayout.h"
#include "randomgraph.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPaintEvent>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <limits>

using namespace liaison;
using liaison::bench::clusteredGraph;
using liaison::bench::randomGraph;

namespace {

// A small, readable graph for screenshots: a few tech firms, people, products.
GraphData sampleGraph()
{
    GraphData graph;
    const auto add = [&](qint64 id, EntityType type, const char *name) {
        GraphNode node;
        node.entityId = id;
        node.type = type;
        node.name = QString::fromUtf8(name);
        graph.addNode(node);
    };
    add(1, EntityType::Company, "Helio Systems");
    add(2, EntityType::Company, "Quanta Robotics");
    add(3, EntityType::Person, "Ana Duarte");
    add(4, EntityType::Company, "Borealis Cloud");
    add(5, EntityType::Company, "Cirrus Labs");
    add(6, EntityType::Product, "Lumen");
    add(7, EntityType::Organization, "Fonds Vert");
    add(8, EntityType::Person, "Marc Lefèvre");
    add(9, EntityType::Company, "Nordwind AI");
    add(10, EntityType::Product, "Atlas chatbot");
    add(11, EntityType::Organization, "Banque Publique");
    add(12, EntityType::Person, "Priya Raman");
    int id = 100;
    const auto link = [&](RelationType type, qint64 s, qint64 t, Status status, int articles = 1) {
        GraphEdge edge;
        edge.relationId = ++id;
        edge.type = type;
        edge.source = graph.indexOf(s);
        edge.target = graph.indexOf(t);
        edge.status = status;
        edge.articleCount = articles;
        graph.addEdge(edge);
    };
    link(RelationType::Acquired, 1, 2, Status::Talks, 3);
    link(RelationType::Founded, 3, 2, Status::Completed);
    link(RelationType::WorkedAt, 3, 4, Status::Completed, 2);
    link(RelationType::CompetesWith, 4, 5, Status::Completed);
    link(RelationType::Owns, 1, 6, Status::Completed);
    link(RelationType::InvestedIn, 7, 2, Status::Failed);
    link(RelationType::Leads, 8, 1, Status::Completed, 2);
    link(RelationType::Hired, 9, 12, Status::Expected);
    link(RelationType::PartnersWith, 9, 4, Status::Announced);
    link(RelationType::Owns, 9, 10, Status::Completed, 4);
    link(RelationType::InvestedIn, 11, 9, Status::Completed, 2);
    link(RelationType::InvestedIn, 11, 5, Status::Rumoured);
    link(RelationType::Acquired, 4, 5, Status::Denied);
    link(RelationType::Uses, 1, 10, Status::Completed);
    link(RelationType::CompetesWith, 6, 10, Status::Completed, 2);
    link(RelationType::WorkedAt, 12, 1, Status::Completed);
    graph.recomputeDegrees();
    return graph;
}

// CPU time of this thread: on a machine shared with builds the wall time of a
// frame includes the time the scheduler gave to others; this does not.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Where the zoomed-in scenarios look: the node nearest to the nodes' mean
// position (the middle of their extent can be an empty patch between
// communities, or be pulled aside by a few far-flung nodes).
QPointF nodesCentre(const GraphView &view)
{
    const QList<QPointF> positions = view.graphScene()->positions();
    QPointF mean;
    for (const QPointF &p : positions)
        mean += p / double(std::max<qsizetype>(1, positions.size()));
    QPointF nearest = mean;
    double best = std::numeric_limits<double>::max();
    for (const QPointF &p : positions) {
        const double d = QLineF(p, mean).length();
        if (d < best) {
            best = d;
            nearest = p;
        }
    }
    return nearest;
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(fraction * values.size()))];
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

// How a run lays out, draws and times its frames. "before" is the previous
// round: igraph's packed layout, no overview picture, every exposed edge in
// full detail, and every frame a synchronous repaint of the whole viewport. "after" is the spread layout and frames as the event
// loop makes them: a pan scrolls the pixels already drawn and repaints only
// the strip that came into view; a zoom repaints everything.
struct Mode {
    QString name;
    bool spread = true;
    bool events = true;
};

struct Scenario {
    QString mode;
    QString name;
    bool extra = false; // not one of the 20 scenarios of the target
    double wall = 0;
    double cpu = 0;
    double wallP90 = 0;
    double cpuP90 = 0;
};

QList<Scenario> g_results;

// Counts the viewport's paint events and the pixels they covered.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    double pixels = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                pixels += double(r.width()) * r.height();
        }
        return QObject::eventFilter(watched, event);
    }
};

PaintCounter *g_counter = nullptr;

// Makes `frames` frames, calling step(i) before each (timed with it: a pan's
// scroll blits pixels there), and prints the median and 90th percentile of
// the wall and thread CPU time of one frame, and what the last frame drew.
template <typename Step>
void measure(GraphView &view, const Mode &mode, const QString &kind, const QString &name, int frames, Step step,
             bool extra = false)
{
    QList<double> times;
    QList<double> cpu;
    g_counter->paints = 0;
    g_counter->pixels = 0;
    // Nothing pending before the first frame. After a jump to a new zoom
    // level this is the first paint there (zoomed in: the picture is drawn).
    const double firstCpu = threadCpuMs();
    QCoreApplication::processEvents();
    const double firstPaint = threadCpuMs() - firstCpu;
    const EdgeLayer *edgeLayer = view.graphScene()->edgeLayer();
    const int rendersBefore = edgeLayer ? edgeLayer->pictureRenders() : 0;
    const int blitsBefore = edgeLayer ? edgeLayer->pictureBlits() : 0;
    const int stretchesBefore = edgeLayer ? edgeLayer->pictureStretches() : 0;
    const int directBefore = edgeLayer ? edgeLayer->directPaints() : 0;
    g_counter->paints = 0;
    g_counter->pixels = 0;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer frame;
        frame.start();
        const double cpuStart = threadCpuMs();
        step(i);
        if (mode.events)
            QCoreApplication::processEvents(); // the update the step asked for
        else
            view.viewport()->repaint(); // synchronous: the whole paint of one frame
        cpu.append(threadCpuMs() - cpuStart);
        times.append(frame.nsecsElapsed() / 1e6);
    }
    const EdgeLayer *layer = view.graphScene()->edgeLayer();
    const LabelLayer *labels = view.graphScene()->labelLayer();
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    int nodesInView = 0;
    for (const QPointF &p : view.graphScene()->positions())
        nodesInView += visible.contains(p) ? 1 : 0;
    const double viewportPixels = double(view.viewport()->width()) * view.viewport()->height();
    const double painted = g_counter->paints ? 100 * g_counter->pixels / (viewportPixels * frames) : 0;
    std::printf("%-6s %-9s %-22s median %7.2f ms (cpu %7.2f)  p90 %7.2f (cpu %7.2f)  %s zoom %.3f, %4d nodes in view; "
                "last paint: %4d nodes, %5d edges%s, %3d labels; %3.0f %% of the viewport painted per frame\n",
                qPrintable(mode.name), qPrintable(kind), qPrintable(name), median(times), median(cpu),
                percentile(times, 0.9), percentile(cpu, 0.9), view.graphScene()->isOverview() ? "overview" : "detail  ",
                view.zoomFactor(), nodesInView, layer ? layer->lastNodeCount() : 0, layer ? layer->lastExposedEdges() : 0,
                layer && layer->lastPaintBatched() ? " (batched)" : "", labels ? labels->lastLabelCount() : 0, painted);
    // Zoomed in: paint calls (a frame may be several, one per rect of the
    // region) copied from the picture, stretched from it, drawn directly,
    // and how often it was drawn during the frames (each costs about a first paint).
    std::printf("%-6s %-9s %-22s first paint %.1f ms cpu; edge layer paints: %d copied from the picture, %d stretched, "
                "%d direct; picture drawn %d times\n",
                qPrintable(mode.name), qPrintable(kind), qPrintable(name), firstPaint,
                layer ? layer->pictureBlits() - blitsBefore : 0, layer ? layer->pictureStretches() - stretchesBefore : 0,
                layer ? layer->directPaints() - directBefore : 0, (layer ? layer->pictureRenders() : 0) - rendersBefore);
    std::fflush(stdout);
    g_results.append({mode.name, kind + u' ' + name, extra, median(times), median(cpu), percentile(times, 0.9),
                      percentile(cpu, 0.9)});
}

// The floor of a frame on this machine, measured in the same run: the same
// view and viewport with nothing in the scene (background fill and the
// viewport's paint machinery only).
void runBaseline(GraphView &view, const Mode &mode, int frames)
{
    EdgeLayer::s_previousDrawing = !mode.spread;
    view.setGraph(GraphData(), false);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return;
    QCoreApplication::processEvents();
    measure(view, mode, QStringLiteral("baseline"), QStringLiteral("empty view"), frames,
            [&](int) { view.viewport()->update(); });
}

LayoutOptions g_layout;
bool g_extra = false; // --extra: long pans and steady zooms besides the 20 scenarios
bool g_noLabels = false; // --no-labels: the label layer hidden, to measure it by difference

// Zoom levels, from the whole graph to a close-up; 0 is fit-to-view.
const double kZooms[] = {0, 0.25, 0.5, 1.0, 2.0};

void runScenarios(GraphView &view, const Mode &mode, GraphData graph, const QString &kind, int frames)
{
    EdgeLayer::s_previousDrawing = !mode.spread;
    LayoutOptions options = g_layout;
    if (!mode.spread)
        options.neighbourDiameters = 0;
    QElapsedTimer timer;
    timer.start();
    GraphLayout::apply(graph, GraphLayout::compute(graph, options));
    const double layoutMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    view.setGraph(graph, false);
    const double buildMs = timer.nsecsElapsed() / 1e6;
    if (g_noLabels)
        view.graphScene()->labelLayer()->setVisible(false);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return;
    view.fitToView();
    QCoreApplication::processEvents();
    std::printf("%s %s graph: %d nodes, %d edges; layout %.0f ms, items built in %.0f ms; median nearest neighbour %.0f units\n",
                qPrintable(mode.name), qPrintable(kind), graph.nodeCount(), graph.edgeCount(), layoutMs, buildMs,
                GraphLayout::medianNearestDistance(view.graphScene()->positions()));
    for (const double zoom : kZooms) {
        view.fitToView();
        if (zoom > 0) {
            view.zoomBy(zoom / view.zoomFactor());
            view.centerOn(nodesCentre(view));
        }
        // Room to drag even at fit-to-view, as past the graph's edge.
        view.graphScene()->setSceneRect(view.graphScene()->sceneRect().adjusted(-3000, -3000, 3000, 3000));
        const QString level = zoom > 0 ? QStringLiteral("zoom %1").arg(zoom) : QStringLiteral("fit");
        // A sideways drag: 12 px per frame one way, then back (a 60 Hz drag
        // of 720 px/s). Sideways only: a diagonal step is two scrolls, and Qt
        // blits the second only if the first one's strip is painted (see
        // docs/GRAPH.md).
        measure(view, mode, kind, level + QStringLiteral(", panning"), frames, [&](int i) {
            const int dx = (i / 5) % 2 ? 12 : -12;
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + dx);
        });
        // Wheel steps of 2 %, in and out.
        measure(view, mode, kind, level + QStringLiteral(", zooming"), frames,
                [&](int i) { view.zoomBy(i % 2 ? 1.02 : 1 / 1.02); });
        if (zoom >= 0.5 && g_extra) {
            // Not among the 20: a long drag one way (40 frames, 480 px, past
            // the picture's margin) and a steady zoom in (30 steps, 1.8x).
            measure(
                view, mode, kind, level + QStringLiteral(", long pan"), 40,
                [&](int) { view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 12); }, true);
            view.zoomBy(zoom / view.zoomFactor());
            view.centerOn(nodesCentre(view));
            measure(view, mode, kind, level + QStringLiteral(", zoom in"), 30, [&](int) { view.zoomBy(1.02); }, true);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("nodes"), QStringLiteral("Number of nodes."), QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("edges"), QStringLiteral("Number of edges."), QStringLiteral("m"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Frames per scenario."), QStringLiteral("f"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("graph"), QStringLiteral("random, clustered or both."), QStringLiteral("kind"),
                      QStringLiteral("both")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save a picture of a small sample graph and exit."),
                      QStringLiteral("png")});
    parser.addOption({QStringLiteral("big-screenshot"),
                      QStringLiteral("Save pictures of the large graph (--graph kind) whole, at zoom 0.25, 0.6 and 1, and exit."),
                      QStringLiteral("png")});
    parser.addOption({QStringLiteral("layout"),
                      QStringLiteral("plain (the default) or communities (large graphs: communities pulled apart)."),
                      QStringLiteral("kind"), QStringLiteral("plain")});
    parser.addOption({QStringLiteral("mode"),
                      QStringLiteral("before (packed layout, full repaints), after (spread layout, event-loop frames) or both."),
                      QStringLiteral("mode"), QStringLiteral("both")});
    parser.addOption({QStringLiteral("extra"),
                      QStringLiteral("Zoomed in, also a long pan past the picture and a steady zoom in (not among the 20).")});
    parser.addOption({QStringLiteral("no-labels"), QStringLiteral("Hide the label layer (its cost is the difference).")});
    parser.process(app);
    g_extra = parser.isSet(QStringLiteral("extra"));
    g_noLabels = parser.isSet(QStringLiteral("no-labels"));
    g_layout.separateCommunities = parser.value(QStringLiteral("layout")) == QLatin1StringView("communities");

    GraphView view;
    view.resize(1280, 800);
    // Zoom steps around the middle of the view, not around a mouse that is
    // never over it.
    view.setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    view.setAnimationDuration(0);

    if (parser.isSet(QStringLiteral("screenshot"))) {
        view.resize(1000, 680);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return 1;
        view.setGraph(sampleGraph());
        QElapsedTimer wait;
        wait.start();
        while (view.isLayoutRunning() && wait.elapsed() < 10000)
            QTest::qWait(20);
        view.selectEntity(1);
        QTest::qWait(50);
        const QString path = parser.value(QStringLiteral("screenshot"));
        const bool saved = view.grab().save(path);
        view.toImage(QSize(1200, 800)).save(QString(path).replace(QLatin1StringView(".png"), QLatin1StringView("-export.png")));
        std::printf("%s %s\n", saved ? "saved" : "could not save", qPrintable(path));
        return saved ? 0 : 1;
    }

    const int frames = parser.value(QStringLiteral("frames")).toInt();
    if (parser.isSet(QStringLiteral("big-screenshot"))) {
        const bool random = parser.value(QStringLiteral("graph")) == QLatin1StringView("random");
        const int n = parser.value(QStringLiteral("nodes")).toInt(), m = parser.value(QStringLiteral("edges")).toInt();
        if (parser.value(QStringLiteral("mode")) == QLatin1StringView("before"))
            g_layout.neighbourDiameters = 0;
        GraphData graph = random ? randomGraph(n, m) : clusteredGraph(n, m);
        GraphLayout::apply(graph, GraphLayout::compute(graph, g_layout));
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return 1;
        view.setGraph(graph, false);
        const QString path = parser.value(QStringLiteral("big-screenshot"));
        for (const double zoom : kZooms) {
            view.fitToView();
            if (zoom > 0) {
                view.zoomBy(zoom / view.zoomFactor());
                view.centerOn(nodesCentre(view));
            }
            QTest::qWait(50);
            const QString file = QString(path).replace(QLatin1StringView(".png"),
                                                       QStringLiteral("-%1.png").arg(int(zoom * 100)));
            view.grab().save(file);
            std::printf("saved %s\n", qPrintable(file));
        }
        return 0;
    }
    const int nodeCount = parser.value(QStringLiteral("nodes")).toInt();
    const int edgeCount = parser.value(QStringLiteral("edges")).toInt();
    const QString which = parser.value(QStringLiteral("graph"));
    const QString modeName = parser.value(QStringLiteral("mode"));
    QList<Mode> modes;
    if (modeName != QLatin1StringView("after"))
        modes.append({QStringLiteral("before"), false, false});
    if (modeName != QLatin1StringView("before"))
        modes.append({QStringLiteral("after"), true, true});
    PaintCounter counter;
    g_counter = &counter;
    view.viewport()->installEventFilter(&counter);
    if (QFile loadavg(QStringLiteral("/proc/loadavg")); loadavg.open(QIODevice::ReadOnly))
        std::printf("load average at start: %s", loadavg.readLine().constData());
    for (const Mode &mode : std::as_const(modes)) {
        runBaseline(view, mode, frames);
        for (const QString &kind : {QStringLiteral("random"), QStringLiteral("clustered")}) {
            if (which == QLatin1StringView("both") || which == kind)
                runScenarios(view, mode, kind == QLatin1StringView("random") ? randomGraph(nodeCount, edgeCount)
                                                                              : clusteredGraph(nodeCount, edgeCount),
                             kind, frames);
        }
    }
    if (QFile loadavg(QStringLiteral("/proc/loadavg")); loadavg.open(QIODevice::ReadOnly))
        std::printf("load average at end: %s", loadavg.readLine().constData());
    // Side by side: each scenario of the last mode against the same scenario
    // of the first, CPU medians (the wall clock depends on the machine's load).
    if (modes.size() == 2) {
        std::printf("\n%-32s %18s %18s %8s\n", "scenario", "before cpu med/p90", "after cpu med/p90", "ratio");
        for (const Scenario &a : std::as_const(g_results)) {
            if (a.mode != modes[1].name)
                continue;
            for (const Scenario &b : std::as_const(g_results)) {
                if (b.mode == modes[0].name && b.name == a.name)
                    std::printf("%-32s %8.2f / %7.2f %8.2f / %7.2f %7.1fx\n", qPrintable(a.name), b.cpu, b.cpuP90, a.cpu,
                                a.cpuP90, b.cpu / std::max(0.01, a.cpu));
            }
        }
    }
    for (const Mode &mode : std::as_const(modes)) {
        int under = 0, total = 0;
        for (const Scenario &r : std::as_const(g_results)) {
            if (r.mode != mode.name || r.extra || r.name.startsWith(QLatin1StringView("baseline")))
                continue;
            ++total;
            under += r.cpu < 16 ? 1 : 0;
        }
        std::printf("%s: %d of %d scenarios under 16 ms median (cpu)\n", qPrintable(mode.name), under, total);
    }
    return 0;
}
