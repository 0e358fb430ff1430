#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"

#include <QApplication>
#include <QBackingStore>
#include <QPaintEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace liaison;

namespace {

GraphNode node(qint64 id, EntityType type, const char *name)
{
    GraphNode n;
    n.entityId = id;
    n.type = type;
    n.name = QString::fromUtf8(name);
    return n;
}

void edge(GraphData &graph, qint64 id, RelationType type, qint64 source, qint64 target, Status status,
          const char *evidence = "")
{
    GraphEdge e;
    e.relationId = id;
    e.type = type;
    e.source = graph.indexOf(source);
    e.target = graph.indexOf(target);
    e.status = status;
    e.articleCount = 1;
    e.evidence = QString::fromUtf8(evidence);
    graph.addEdge(e);
}

// Helio(1) -> Quanta(2) <- Ana(3) -> Borealis(4) -- Cirrus(5); Helio owns Lumen(6); Fonds Vert(7) -> Quanta.
GraphData sample()
{
    GraphData graph;
    graph.addNode(node(1, EntityType::Company, "Helio Systems"));
    graph.addNode(node(2, EntityType::Company, "Quanta"));
    graph.addNode(node(3, EntityType::Person, "Ana Duarte"));
    graph.addNode(node(4, EntityType::Company, "Borealis"));
    graph.addNode(node(5, EntityType::Company, "Cirrus Labs"));
    graph.addNode(node(6, EntityType::Product, "Lumen"));
    graph.addNode(node(7, EntityType::Organization, "Fonds Vert"));
    edge(graph, 10, RelationType::Acquired, 1, 2, Status::Talks, "Helio Systems is said to be in talks to buy Quanta.");
    edge(graph, 11, RelationType::Founded, 3, 2, Status::Completed);
    edge(graph, 12, RelationType::WorkedAt, 3, 4, Status::Completed);
    edge(graph, 13, RelationType::CompetesWith, 4, 5, Status::Completed);
    edge(graph, 14, RelationType::Owns, 1, 6, Status::Announced);
    edge(graph, 15, RelationType::InvestedIn, 7, 2, Status::Failed);
    graph.recomputeDegrees();
    return graph;
}

int visibleEdgeItems(const GraphView &view)
{
    int count = 0;
    for (const EdgeItem *item : view.graphScene()->edgeItems())
        count += item->isVisible() ? 1 : 0;
    return count;
}

QPoint nodePoint(const GraphView &view, qint64 entityId)
{
    const NodeItem *item = view.graphScene()->nodeForEntity(entityId);
    return item ? view.mapFromScene(item->scenePos()) : QPoint(-1, -1);
}

// Whether no two of the rectangles (drawn names) overlap.
bool noneOverlap(const QList<QRectF> &rects)
{
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            if (rects[i].intersects(rects[j]))
                return false;
        }
    }
    return true;
}

// 2,000 nodes and 3,000 random edges: large enough for the overview and the
// zoomed-in picture (EdgeLayer::kPictureMinEdges).
GraphData largeGraph()
{
    QRandomGenerator rng(3);
    GraphData graph;
    for (int i = 0; i < 2000; ++i)
        graph.addNode(node(i + 1, static_cast<EntityType>(i % 4), "n"));
    for (int i = 0; i < 3000; ++i) {
        GraphEdge e;
        e.relationId = i + 1;
        e.source = int(rng.bounded(2000));
        e.target = int(rng.bounded(2000));
        graph.addEdge(e);
    }
    graph.recomputeDegrees();
    return graph;
}

// Counts the pixels a widget's paint events cover.
class PaintCounter : public QObject
{
public:
    double pixels = 0;
    double largest = 0; // the most one paint event covered

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            double one = 0;
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                one += double(r.width()) * r.height();
            pixels += one;
            largest = std::max(largest, one);
        }
        return QObject::eventFilter(watched, event);
    }
};

void sendMouseMove(QWidget *viewport, const QPoint &pos, Qt::MouseButtons buttons = Qt::NoButton)
{
    QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

bool nodeAt(const GraphView &view, const QPoint &pos)
{
    const auto hits = view.items(pos);
    return std::any_of(hits.begin(), hits.end(), [](QGraphicsItem *item) { return item->type() == NodeItem::Type; });
}

// Pixels whose colour differs by more than `tolerance` in a channel.
int differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    int count = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y) {
        for (int x = 0; x < std::min(a.width(), b.width()); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance
                || std::abs(qBlue(p) - qBlue(q)) > tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class tst_GuiGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buildsItems();
    void layoutAnimatesIntoPlace();
    void clickSelects();
    void backgroundClickClears();
    void doubleClickRequestsExpansion();
    void selectEntityFromOutside();
    void filtersHideEdges_data();
    void filtersHideEdges();
    void keysZoom();
    void wheelZooms();
    void dragPins();
    void mergeKeepsKnownNodes();
    void staleLayoutIsDropped();
    void tooltipsCarryEvidence();
    void edgesHoverFromTheGrid();
    void zoomedInLargeGraphUsesPicture();
    void diagonalDragScrollsPixels();
    void rendersToImage();
    void largeGraphUsesOverview();
    void legendLeavesRoomForNodes_data();
    void legendLeavesRoomForNodes();
    void legendFolds();
    void labelsAreCappedAndApart();
    void closeNeighboursKeepNames();
    void smallGraphKeepsNames();

private:
    GraphView *m_view = nullptr;
};

void tst_GuiGraph::init()
{
    m_view = new GraphView;
    m_view->resize(900, 650);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_GuiGraph::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void tst_GuiGraph::buildsItems()
{
    m_view->setGraph(sample());
    QCOMPARE(m_view->graphScene()->nodeItems().size(), 7);
    QCOMPARE(m_view->graphScene()->edgeItems().size(), 6);
    QCOMPARE(visibleEdgeItems(*m_view), 6);
    QVERIFY(m_view->isLegendVisible());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    QCOMPARE(m_view->graphScene()->itemIndexMethod(), QGraphicsScene::BspTreeIndex);
}

void tst_GuiGraph::layoutAnimatesIntoPlace()
{
    QSignalSpy finished(m_view, &GraphView::layoutFinished);
    m_view->setAnimationDuration(300);
    m_view->setGraph(sample());
    QVERIFY(m_view->isLayoutRunning());
    // While the animation runs the scene is not indexed; afterwards it is.
    QTRY_COMPARE(m_view->graphScene()->itemIndexMethod(), QGraphicsScene::NoIndex);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_view->graphScene()->itemIndexMethod(), QGraphicsScene::BspTreeIndex);
    // Nodes spread out from where they started (all at the origin).
    const QList<QPointF> positions = m_view->graphScene()->positions();
    QRectF bounds;
    for (const QPointF &p : positions)
        bounds |= QRectF(p, QSizeF(1, 1));
    QVERIFY(bounds.width() > 100);
    // Every node is in the viewport after the fit.
    for (const QPointF &p : positions)
        QVERIFY(m_view->viewport()->rect().contains(m_view->mapFromScene(p)));
    QVERIFY(m_view->graphScene()->sceneRect().contains(bounds));
}

void tst_GuiGraph::clickSelects()
{
    QSignalSpy selected(m_view, &GraphView::entitySelected);
    QSignalSpy activated(m_view, &GraphView::entityActivated);
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, nodePoint(*m_view, 3));
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.last().at(0).toLongLong(), 3);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last().at(0).toLongLong(), 3);
    QCOMPARE(m_view->selectedEntity(), 3);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, nodePoint(*m_view, 7));
    QCOMPARE(selected.last().at(0).toLongLong(), 7);
}

void tst_GuiGraph::backgroundClickClears()
{
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    m_view->selectEntity(2);
    QSignalSpy selected(m_view, &GraphView::entitySelected);
    const QPoint corner(m_view->viewport()->width() - 5, m_view->viewport()->height() - 5);
    QCOMPARE(m_view->itemAt(corner) == nullptr || !qgraphicsitem_cast<NodeItem *>(m_view->itemAt(corner)), true);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, corner);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().at(0).toLongLong(), 0);
    QCOMPARE(m_view->selectedEntity(), 0);
}

void tst_GuiGraph::doubleClickRequestsExpansion()
{
    QSignalSpy expand(m_view, &GraphView::expandRequested);
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, nodePoint(*m_view, 4));
    QCOMPARE(expand.size(), 1);
    QCOMPARE(expand.last().at(0).toLongLong(), 4);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(expand.size(), 1); // background: nothing to expand
}

void tst_GuiGraph::selectEntityFromOutside()
{
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    QSignalSpy selected(m_view, &GraphView::entitySelected);
    QVERIFY(m_view->selectEntity(5));
    QCOMPARE(m_view->selectedEntity(), 5);
    QVERIFY(selected.isEmpty()); // syncing from outside does not echo back
    QVERIFY(!m_view->selectEntity(999));
    QCOMPARE(m_view->selectedEntity(), 0);
    QVERIFY(m_view->focusEntity(6));
    QVERIFY(m_view->viewport()->rect().contains(nodePoint(*m_view, 6)));
}

void tst_GuiGraph::filtersHideEdges_data()
{
    QTest::addColumn<quint32>("relationTypes");
    QTest::addColumn<quint32>("statuses");
    QTest::addColumn<quint32>("entityTypes");
    QTest::addColumn<int>("visibleEdges");
    QTest::addColumn<int>("visibleNodes");
    const quint32 all = GraphFilter::kAll;
    QTest::newRow("open") << all << all << all << 6 << 7;
    QTest::newRow("acquisitions and ownership")
        << (GraphFilter::relationTypeBit(RelationType::Acquired) | GraphFilter::relationTypeBit(RelationType::Owns))
        << all << all << 2 << 7;
    QTest::newRow("no failures") << all << (all & ~GraphFilter::statusBit(Status::Failed)) << all << 5 << 7;
    QTest::newRow("companies only") << all << all << entityTypeBit(EntityType::Company) << 2 << 4;
}

void tst_GuiGraph::filtersHideEdges()
{
    QFETCH(quint32, relationTypes);
    QFETCH(quint32, statuses);
    QFETCH(quint32, entityTypes);
    QFETCH(int, visibleEdges);
    QFETCH(int, visibleNodes);
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    GraphFilter filter;
    filter.relationTypes = relationTypes;
    filter.statuses = statuses;
    filter.entityTypes = entityTypes;
    m_view->setFilter(filter);
    QCOMPARE(visibleEdgeItems(*m_view), visibleEdges);
    QCOMPARE(m_view->graphScene()->visibleEdgeCount(), visibleEdges);
    int nodes = 0;
    for (const NodeItem *item : m_view->graphScene()->nodeItems())
        nodes += item->isVisible() ? 1 : 0;
    QCOMPARE(nodes, visibleNodes);
    m_view->setFilter(GraphFilter{});
    QCOMPARE(visibleEdgeItems(*m_view), 6);
}

void tst_GuiGraph::keysZoom()
{
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    const double fitted = m_view->zoomFactor();
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Plus);
    QVERIFY(m_view->zoomFactor() > fitted * 1.1);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QVERIFY(m_view->zoomFactor() < fitted);
    QTest::keyClick(m_view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->zoomFactor(), fitted);
}

void tst_GuiGraph::wheelZooms()
{
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    const double before = m_view->zoomFactor();
    const QPointF at(200, 200);
    QWheelEvent wheel(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->zoomFactor() > before * 1.1);
    QWheelEvent back(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -240), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &back);
    QVERIFY(m_view->zoomFactor() < before);
}

void tst_GuiGraph::dragPins()
{
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    QSignalSpy pinned(m_view, &GraphView::nodePinned);
    NodeItem *item = m_view->graphScene()->nodeForEntity(5);
    const QPoint from = nodePoint(*m_view, 5);
    const QPoint to = from + QPoint(40, 30);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    // Several steps: QGraphicsView needs moves past the drag distance.
    for (int i = 1; i <= 4; ++i) {
        QMouseEvent move(QEvent::MouseMove, from + (to - from) * i / 4, m_view->viewport()->mapToGlobal(from + (to - from) * i / 4),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
    }
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
    QVERIFY(item->isPinned());
    QCOMPARE(pinned.size(), 1);
    QCOMPARE(pinned.last().at(0).toLongLong(), 5);
    const QPointF placed = item->pos();
    QVERIFY(QLineF(placed, m_view->mapToScene(to)).length() < 3 / m_view->zoomFactor() + 1);
    QVERIFY(m_view->graph().nodes[m_view->graph().indexOf(5)].pinned);
    // A relayout moves the others, not the pinned node.
    QSignalSpy finished(m_view, &GraphView::layoutFinished);
    m_view->relayout();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(item->pos(), placed);
}

void tst_GuiGraph::mergeKeepsKnownNodes()
{
    const GraphData all = sample();
    m_view->setGraph(all.egoNetwork(5, 1)); // Borealis, Cirrus
    QTRY_VERIFY(!m_view->isLayoutRunning());
    const QPointF borealis = m_view->graphScene()->nodeForEntity(4)->pos();
    m_view->selectEntity(4);
    QSignalSpy finished(m_view, &GraphView::layoutFinished);
    m_view->mergeGraph(all.egoNetwork(4, 1)); // adds Ana
    QCOMPARE(m_view->graphScene()->nodeCount(), 3);
    QCOMPARE(m_view->graphScene()->edgeCount(), 2);
    QCOMPARE(m_view->selectedEntity(), 4);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_view->graphScene()->nodeForEntity(4)->pos(), borealis);
    const QPointF ana = m_view->graphScene()->nodeForEntity(3)->pos();
    QVERIFY(QLineF(ana, borealis).length() > 30);
    // Pins held during the merge's layout are not the user's pins.
    QVERIFY(!m_view->graphScene()->nodeForEntity(4)->isPinned());
}

void tst_GuiGraph::staleLayoutIsDropped()
{
    QSignalSpy finished(m_view, &GraphView::layoutFinished);
    m_view->setGraph(sample());
    m_view->setGraph(sample().egoNetwork(1, 1)); // supersedes the first job
    QTRY_COMPARE(finished.size(), 1);
    QTest::qWait(200); // the dropped job must not report late
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_view->graphScene()->nodeCount(), 3);
}

void tst_GuiGraph::tooltipsCarryEvidence()
{
    m_view->setGraph(sample());
    const EdgeItem *deal = nullptr;
    for (const EdgeItem *item : m_view->graphScene()->edgeItems()) {
        if (item->relationId() == 10)
            deal = item;
    }
    QVERIFY(deal);
    QVERIFY(deal->toolTip().contains(QLatin1StringView("in talks to buy Quanta")));
    QVERIFY(deal->toolTip().contains(QLatin1StringView("Helio Systems")));
    QVERIFY(m_view->graphScene()->nodeForEntity(2)->toolTip().contains(QLatin1StringView("Quanta")));
}

void tst_GuiGraph::edgesHoverFromTheGrid()
{
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    GraphScene *scene = m_view->graphScene();
    // Edges are not scene items (EdgeLayer draws them): a paint or a mouse
    // move walks the nodes and the two layers only.
    QCOMPARE(scene->items().size(), scene->nodeCount() + 2);
    EdgeItem *deal = nullptr;
    for (EdgeItem *item : scene->edgeItems()) {
        QVERIFY(!item->scene());
        if (item->relationId() == 10)
            deal = item;
    }
    QVERIFY(deal);
    // A point on the deal's line, off the nodes, where no other edge is on top.
    QPoint at(-1, -1);
    for (const double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65}) {
        const QPoint p = m_view->mapFromScene(deal->line().pointAt(t));
        if (scene->edgeAt(m_view->mapToScene(p)) == deal && !nodeAt(*m_view, p)) {
            at = p;
            break;
        }
    }
    QVERIFY(at.x() >= 0);
    QWidget *viewport = m_view->viewport();
    const QImage before = viewport->grab().toImage();

    sendMouseMove(viewport, at);
    QCOMPARE(scene->hoveredEdge(), deal);
    QVERIFY(deal->isHovered());
    // The hovered edge is drawn wider, on top.
    const QImage after = viewport->grab().toImage();
    const QRect around(at - QPoint(6, 6), QSize(13, 13));
    QVERIFY(differingPixels(before.copy(around), after.copy(around), 8) > 0);

    // Its tooltip says what the relation is and why the app thinks so.
    QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QLatin1StringView("in talks to buy Quanta")));
    QVERIFY(QToolTip::text().contains(QLatin1StringView("Helio Systems")));
    QToolTip::hideText();

    // Over a node, the node has the hover and the tooltip, not the edge under it.
    const QPoint helio = nodePoint(*m_view, 1);
    sendMouseMove(viewport, helio);
    QCOMPARE(scene->hoveredEdge(), nullptr);
    QHelpEvent nodeHelp(QEvent::ToolTip, helio, viewport->mapToGlobal(helio));
    QApplication::sendEvent(viewport, &nodeHelp);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QLatin1StringView("Helio Systems")));
    QVERIFY(!QToolTip::text().contains(QLatin1StringView("in talks")));
    QToolTip::hideText();

    // Leaving the view clears the hover; a filter that hides the edge hides it from the mouse too.
    sendMouseMove(viewport, at);
    QCOMPARE(scene->hoveredEdge(), deal);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(viewport, &leave);
    QCOMPARE(scene->hoveredEdge(), nullptr);
    sendMouseMove(viewport, at);
    GraphFilter filter;
    filter.relationTypes &= ~GraphFilter::relationTypeBit(RelationType::Acquired);
    m_view->setFilter(filter);
    QCOMPARE(scene->hoveredEdge(), nullptr);
    QCOMPARE(scene->edgeAt(m_view->mapToScene(at)), nullptr);
    sendMouseMove(viewport, at);
    QCOMPARE(scene->hoveredEdge(), nullptr);
}

void tst_GuiGraph::zoomedInLargeGraphUsesPicture()
{
    LayoutOptions options;
    options.iterations = 30;
    m_view->setLayoutOptions(options);
    m_view->setGraph(largeGraph());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLayoutRunning(), 20000);
    m_view->focusEntity(1);
    m_view->zoomBy(1.0 / m_view->zoomFactor());
    m_view->graphScene()->setSceneRect(m_view->graphScene()->sceneRect().adjusted(-2000, -2000, 2000, 2000));
    QVERIFY(!m_view->graphScene()->isOverview());
    EdgeLayer *layer = m_view->graphScene()->edgeLayer();
    QTest::qWait(300); // the layout's positions settle
    m_view->viewport()->repaint();
    QVERIFY(layer->hasPicture());
    QCOMPARE(layer->lastPictureUse(), EdgeLayer::PictureUse::Blit);
    const int renders = layer->pictureRenders();

    // A pan copies the new strip from the picture, and the result is what
    // a fresh drawing at the new place gives (no seam, no shift).
    QScrollBar *bar = m_view->horizontalScrollBar();
    bar->setValue(bar->value() + 12);
    QCoreApplication::processEvents();
    QCOMPARE(layer->lastPictureUse(), EdgeLayer::PictureUse::Blit);
    QCOMPARE(layer->pictureRenders(), renders);
    QPaintDevice *device = m_view->window()->backingStore()->paintDevice();
    if (device && device->devType() == QInternal::Image) {
        const QRect inWindow(m_view->viewport()->mapTo(m_view->window(), QPoint()), m_view->viewport()->size());
        const QImage screen = static_cast<QImage *>(device)->copy(inWindow).convertToFormat(QImage::Format_RGB32);
        layer->invalidate();
        const QImage fresh = m_view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(screen.size(), fresh.size());
        QVERIFY2(differingPixels(screen, fresh, 24) < screen.width() * screen.height() / 200,
                 qPrintable(QString::number(differingPixels(screen, fresh, 24))));
    }

    // A zoom step stretches it; once the wheel rests it is drawn again, sharp.
    const int before = layer->pictureRenders();
    m_view->zoomBy(1.02);
    m_view->viewport()->repaint();
    QCOMPARE(layer->lastPictureUse(), EdgeLayer::PictureUse::Stretch);
    QCOMPARE(layer->pictureRenders(), before);
    QTRY_COMPARE(layer->pictureRenders(), before + 1);
    m_view->viewport()->repaint();
    QCOMPARE(layer->lastPictureUse(), EdgeLayer::PictureUse::Blit);

    // Moving nodes (a drag, an animation) draws directly, without a picture,
    // until they rest; a filter change draws a new one.
    m_view->graphScene()->setPositions(m_view->graphScene()->positions());
    m_view->viewport()->repaint();
    QCOMPARE(layer->lastPictureUse(), EdgeLayer::PictureUse::None);
    QVERIFY(!layer->hasPicture());
    QTRY_VERIFY(layer->hasPicture());
    const int filtered = layer->pictureRenders();
    GraphFilter filter;
    filter.statuses = GraphFilter::statusBit(Status::Completed);
    m_view->setFilter(filter);
    m_view->viewport()->repaint();
    QCOMPARE(layer->pictureRenders(), filtered + 1);
}

void tst_GuiGraph::diagonalDragScrollsPixels()
{
    LayoutOptions options;
    options.iterations = 30;
    m_view->setLayoutOptions(options);
    m_view->setGraph(largeGraph());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLayoutRunning(), 20000);
    m_view->focusEntity(1);
    m_view->zoomBy(1.0 / m_view->zoomFactor());
    m_view->graphScene()->setSceneRect(m_view->graphScene()->sceneRect().adjusted(-2000, -2000, 2000, 2000));
    QWidget *viewport = m_view->viewport();
    QPoint start(viewport->width() / 2, viewport->height() / 2);
    for (int i = 0; i < 40 && (nodeAt(*m_view, start) || m_view->graphScene()->edgeAt(m_view->mapToScene(start))); ++i)
        start += QPoint(7, 5);
    QVERIFY(!nodeAt(*m_view, start));
    QTest::qWait(400); // positions settled, the picture drawn: nothing pending
    PaintCounter counter;
    viewport->installEventFilter(&counter);
    const int h = m_view->horizontalScrollBar()->value(), v = m_view->verticalScrollBar()->value();
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    // A hand drag down and to the right, 10 px a step each way: each step
    // paints the two strips that came into view, not the whole viewport.
    QPoint pos = start;
    for (int i = 0; i < 5; ++i) {
        pos += QPoint(10, 10);
        sendMouseMove(viewport, pos, Qt::LeftButton);
        QCoreApplication::processEvents();
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pos);
    viewport->removeEventFilter(&counter);
    QCOMPARE(m_view->horizontalScrollBar()->value(), h - 50);
    QCOMPARE(m_view->verticalScrollBar()->value(), v - 50);
    // Two 10 px strips and the legend's corner, where Qt used to repaint it all.
    const double viewportPixels = double(viewport->width()) * viewport->height();
    QVERIFY2(counter.largest < viewportPixels / 3, qPrintable(QString::number(counter.largest / viewportPixels)));
    QVERIFY2(counter.pixels < 5 * viewportPixels / 3, qPrintable(QString::number(counter.pixels / viewportPixels)));
}

void tst_GuiGraph::rendersToImage()
{
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    const QImage image = m_view->toImage(QSize(640, 480));
    QCOMPARE(image.size(), QSize(640, 480));
    // Each entity colour shows up somewhere in the picture.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y) & 0xffffff);
    }
    QVERIFY(colours.size() > 20);
    QVERIFY(colours.contains(0x2f6db5)); // company blue
    QVERIFY(colours.contains(0xe08a2c)); // person orange
}

void tst_GuiGraph::largeGraphUsesOverview()
{
    QRandomGenerator rng(3);
    GraphData graph;
    for (int i = 0; i < 2000; ++i)
        graph.addNode(node(i + 1, static_cast<EntityType>(i % 4), "n"));
    for (int i = 0; i < 3000; ++i) {
        GraphEdge e;
        e.relationId = i + 1;
        e.source = int(rng.bounded(2000));
        e.target = int(rng.bounded(2000));
        graph.addEdge(e);
    }
    graph.recomputeDegrees();
    LayoutOptions options;
    options.iterations = 30;
    m_view->setLayoutOptions(options);
    m_view->setGraph(graph);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLayoutRunning(), 20000);
    m_view->fitToView();
    QVERIFY(m_view->zoomFactor() < 0.45);
    QVERIFY(m_view->graphScene()->isOverview());
    m_view->focusEntity(1);
    QVERIFY(!m_view->graphScene()->isOverview());

    // Zoomed in, edges longer on screen than the viewport's diagonal are
    // stubs at their ends; the short ones around the view keep full detail.
    m_view->zoomBy(1.0 / m_view->zoomFactor());
    m_view->viewport()->repaint();
    EdgeLayer *edges = m_view->graphScene()->edgeLayer();
    QVERIFY(edges->lastStubEdges() > 0);
    QVERIFY(edges->lastStubEdges() + edges->lastDetailEdges() <= edges->lastExposedEdges());
    const double diagonal = std::hypot(m_view->viewport()->width(), m_view->viewport()->height());
    int longOnScreen = 0;
    for (const EdgeItem *edge : m_view->graphScene()->edgeItems()) {
        const QLineF line(m_view->mapFromScene(edge->sourceNode()->pos()), m_view->mapFromScene(edge->targetNode()->pos()));
        const QRect view = m_view->viewport()->rect();
        if (line.length() > diagonal && (view.contains(line.p1().toPoint()) || view.contains(line.p2().toPoint())))
            ++longOnScreen;
    }
    QVERIFY(longOnScreen > 0);
    QVERIFY(edges->lastStubEdges() >= longOnScreen);

    // On screen the overview is one picture: drawn once, stretched over a
    // few zoom steps, drawn again when far off its scale, when the wheel
    // stops, or when the filter changes; the picture shows the type colours.
    // The picture is drawn by a worker thread; frames meanwhile draw directly.
    m_view->fitToView();
    EdgeLayer *layer = m_view->graphScene()->edgeLayer();
    m_view->viewport()->repaint();
    QTRY_VERIFY(!layer->isOverviewRendering());
    const int renders = layer->overviewRenders();
    QVERIFY(renders >= 1);
    m_view->zoomBy(1.02);
    m_view->viewport()->repaint();
    m_view->zoomBy(1 / 1.02 / 1.02);
    m_view->viewport()->repaint();
    QCOMPARE(layer->overviewRenders(), renders);
    QVERIFY(!layer->isOverviewRendering()); // stretched, not drawn again
    QTRY_COMPARE(layer->overviewRenders(), renders + 1); // sharp again after the pause
    m_view->zoomBy(0.6);
    m_view->viewport()->repaint();
    QVERIFY(layer->isOverviewRendering()); // too far off its scale
    QTRY_COMPARE(layer->overviewRenders(), renders + 2);
    const QImage shot = m_view->viewport()->grab().toImage();
    bool blue = false;
    for (int y = 0; y < shot.height() && !blue; y += 2) {
        for (int x = 0; x < shot.width() && !blue; x += 2)
            blue = (shot.pixel(x, y) & 0xffffff) == 0x2f6db5; // company blue
    }
    QVERIFY(blue);
    GraphFilter filter;
    filter.minArticles = 1;
    m_view->setFilter(filter);
    m_view->viewport()->repaint();
    QTRY_COMPARE(layer->overviewRenders(), renders + 3);
}

void tst_GuiGraph::legendLeavesRoomForNodes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("landscape") << QSize(900, 650);
    QTest::newRow("portrait") << QSize(420, 800);
    QTest::newRow("small") << QSize(380, 380);
}

void tst_GuiGraph::legendLeavesRoomForNodes()
{
    QFETCH(QSize, size);
    m_view->resize(size);
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    for (bool collapsed : {false, true}) {
        m_view->setLegendCollapsed(collapsed);
        m_view->fitToView();
        const QRect legend = m_view->legendRect();
        QVERIFY(!legend.isNull());
        for (const NodeItem *item : m_view->graphScene()->nodeItems()) {
            const QRect onScreen = m_view->mapFromScene(item->sceneBoundingRect()).boundingRect();
            QVERIFY2(!onScreen.intersects(legend), qPrintable(item->label().text()));
            QVERIFY(m_view->viewport()->rect().contains(onScreen));
        }
    }
    // Resizing a fitted view keeps it fitted, legend room included.
    m_view->setLegendCollapsed(false);
    m_view->fitToView();
    m_view->resize(size + QSize(200, 0));
    for (const NodeItem *item : m_view->graphScene()->nodeItems())
        QVERIFY(!m_view->mapFromScene(item->sceneBoundingRect()).boundingRect().intersects(m_view->legendRect()));
}

void tst_GuiGraph::legendFolds()
{
    m_view->setGraph(sample());
    QTRY_VERIFY(!m_view->isLayoutRunning());
    auto *legend = m_view->findChild<QWidget *>(QStringLiteral("graphLegend"));
    QVERIFY(legend);
    QVERIFY(!m_view->isLegendCollapsed());
    const QSize open = legend->size();
    QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(10, 10));
    QVERIFY(m_view->isLegendCollapsed());
    QVERIFY(legend->width() < open.width() && legend->height() < open.height() / 3);
    // Folded, the fit gives the graph more room: it is drawn larger.
    m_view->fitToView();
    const double foldedZoom = m_view->zoomFactor();
    QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(!m_view->isLegendCollapsed());
    QCOMPARE(legend->size(), open);
    m_view->fitToView();
    QVERIFY(m_view->zoomFactor() <= foldedZoom);
}

void tst_GuiGraph::labelsAreCappedAndApart()
{
    // Thousands of nodes close together: a zoomed-in frame draws at most
    // kMaxLabels names, none overlapping another.
    GraphData graph;
    for (int i = 0; i < 3000; ++i) {
        GraphNode n = node(i + 1, static_cast<EntityType>(i % 4), "");
        n.name = QStringLiteral("Entity number %1").arg(i + 1);
        n.position = QPointF((i % 60) * 40.0, (i / 60) * 30.0);
        n.degree = i % 7;
        graph.addNode(n);
    }
    m_view->setGraph(graph, false);
    LabelLayer *labels = m_view->graphScene()->labelLayer();
    QVERIFY(labels);
    // Zoomed out, no names (level of detail).
    m_view->fitToView();
    m_view->viewport()->repaint();
    QCOMPARE(labels->lastLabelCount(), 0);
    m_view->zoomBy(1.0 / m_view->zoomFactor());
    m_view->centerOn(QPointF(1200, 750));
    m_view->viewport()->repaint();
    QVERIFY(labels->lastLabelCount() > 10);
    QVERIFY(labels->lastLabelCount() <= LabelLayer::kMaxLabels);
    const QList<QRectF> rects = labels->lastLabelRects();
    QCOMPARE(rects.size(), labels->lastLabelCount());
    QVERIFY(noneOverlap(rects));
    // Zoomed in further, names still fit under the cap and still never overlap
    // (with more room, more of them may find a free place around their node).
    m_view->zoomBy(2.0);
    m_view->viewport()->repaint();
    QVERIFY(labels->lastLabelCount() > 0);
    QVERIFY(labels->lastLabelCount() <= LabelLayer::kMaxLabels);
    const QList<QRectF> closer = labels->lastLabelRects();
    QVERIFY(noneOverlap(closer));
    // A selected node's name is always drawn, even a small node among bigger ones.
    NodeItem *small = m_view->graphScene()->nodeForEntity(1 + 60 * 25 + 26); // degree 0: the smallest
    QVERIFY(small);
    m_view->selectEntity(small->entityId());
    m_view->zoomBy(0.5);
    m_view->centerOn(small);
    m_view->viewport()->repaint();
    QVERIFY(labels->lastDrewLabelOf(small));
    m_view->selectEntity(0);
    m_view->viewport()->repaint();
    QVERIFY(!labels->lastDrewLabelOf(small)); // its bigger neighbours' names win
}

void tst_GuiGraph::closeNeighboursKeepNames()
{
    // Three nodes in a row, closer than their names are wide: under-the-node
    // places collide, so the names go above or beside instead of vanishing.
    GraphData graph;
    for (int i = 0; i < 3; ++i) {
        GraphNode n = node(i + 1, EntityType::Company, "");
        n.name = QStringLiteral("Long company name %1").arg(i + 1);
        n.position = QPointF(i * 50.0, 0);
        graph.addNode(n);
    }
    m_view->setGraph(graph, false);
    LabelLayer *labels = m_view->graphScene()->labelLayer();
    QVERIFY(labels);
    m_view->fitToView();
    m_view->zoomBy(1.0 / m_view->zoomFactor());
    m_view->centerOn(QPointF(50, 0));
    m_view->viewport()->repaint();
    QCOMPARE(labels->lastLabelCount(), 3);
    const QList<QRectF> rects = labels->lastLabelRects();
    QVERIFY(noneOverlap(rects));
}

void tst_GuiGraph::smallGraphKeepsNames()
{
    // A neighbourhood of a few nodes keeps every name even zoomed far out: the
    // names are drawn at screen size, so they stay readable.
    GraphData graph;
    for (int i = 0; i < 12; ++i) {
        GraphNode n = node(i + 1, static_cast<EntityType>(i % 4), "");
        n.name = QStringLiteral("Firm %1").arg(i + 1);
        n.position = QPointF((i % 4) * 400.0, (i / 4) * 300.0);
        graph.addNode(n);
    }
    m_view->setGraph(graph, false);
    LabelLayer *labels = m_view->graphScene()->labelLayer();
    QVERIFY(labels);
    m_view->fitToView();
    m_view->zoomBy(0.25 / m_view->zoomFactor()); // names about 4 px tall at scene scale
    m_view->centerOn(QPointF(600, 300));
    m_view->viewport()->repaint();
    QCOMPARE(labels->lastLabelCount(), 12);
    // Printing and export keep the level of detail: a far-out picture has no names.
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_view->render(&painter);
    painter.end();
    QCOMPARE(labels->lastLabelCount(), 0);
}

QTEST_MAIN(tst_GuiGraph)
#include "tst_gui_graph.moc"
