#include "graphview.h"

#include "graphitems.h"
#include "graphscene.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

namespace liaison {

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 8.0;
constexpr double kMaxFitZoom = 1.6; // a three-node graph should not fill the screen
// Past this many edges, a zoomed-out view draws nodes as squares (EdgeLayer).
constexpr int kOverviewEdges = 1500;
constexpr double kOverviewZoom = 0.45;
// A BSP tree files an item under every cell its bounding rect touches; long
// edges of a large graph touch thousands, and measured frames went from
// ~1 s with the tree to tens of ms with a linear scan. Small graphs keep it.
constexpr int kBspMaxEdges = 2000;

QGraphicsScene::ItemIndexMethod staticIndex(const GraphScene *scene)
{
    return scene->edgeCount() > kBspMaxEdges ? QGraphicsScene::NoIndex : QGraphicsScene::BspTreeIndex;
}

} // namespace

constexpr int kLegendMargin = 8; // px between the legend and the viewport's edges

// The legend, floating over the top-left corner of the view. A child widget
// rather than scene foreground so that it neither scrolls nor smears; its
// background is translucent, fit-to-view leaves room for it, and a click
// folds it to a small "Legend" tab (and back).
class LegendOverlay : public QWidget
{
public:
    explicit LegendOverlay(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_NoSystemBackground);
        setCursor(Qt::PointingHandCursor);
        setObjectName(QStringLiteral("graphLegend"));
        setRelationTypes(0);
    }
    void setRelationTypes(quint32 types)
    {
        m_types = types;
        updateSize();
    }
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed)
    {
        m_collapsed = collapsed;
        updateSize();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        if (m_collapsed) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
            painter.setBrush(QColor(255, 255, 255, 225));
            painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.drawText(rect(), Qt::AlignCenter, collapsedText());
            return;
        }
        GraphLegend::paint(&painter, QPointF(0, 0), m_types);
        // The fold mark, top right.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1.5));
        const QPointF mark(width() - 14, 14);
        painter.drawLine(mark + QPointF(-4, -2), mark + QPointF(0, 2));
        painter.drawLine(mark + QPointF(0, 2), mark + QPointF(4, -2));
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton) {
            setCollapsed(!m_collapsed);
            event->accept();
            return;
        }
        QWidget::mousePressEvent(event);
    }

private:
    QString collapsedText() const { return GraphView::tr("Legend ▸"); }
    void updateSize()
    {
        if (m_collapsed) {
            const QFontMetrics metrics(font());
            resize(metrics.horizontalAdvance(collapsedText()) + 20, metrics.height() + 10);
            setToolTip(GraphView::tr("Show the legend"));
        } else {
            resize(GraphLegend::size(m_types).toSize() + QSize(1, 1));
            setToolTip(GraphView::tr("Click to fold the legend away"));
        }
        update();
    }

    quint32 m_types = 0;
    bool m_collapsed = false;
};

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new GraphScene(this))
    , m_legend(nullptr)
    , m_animation(new QVariantAnimation(this))
{
    setScene(m_scene);
    // The legend is the viewport's child, not a sibling over it: a sibling
    // overlapping the viewport stops Qt from scrolling its pixels, and every
    // pan frame would repaint the whole graph instead of the strip that
    // came into view. Scrolling moves children along, so it is put back
    // after each scroll (repainting only the little it covered).
    m_legend = new LegendOverlay(viewport());
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Every item sets the pen and brush it uses, and bounding rects carry
    // their own margins: the view need not save state or pad rects per item.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Relationship graph"));
    viewport()->grabGesture(Qt::PinchGesture);
    viewport()->setMouseTracking(true); // edge hover

    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        QList<QPointF> positions(m_animationTo.size());
        for (qsizetype i = 0; i < positions.size(); ++i)
            positions[i] = m_animationFrom[i] + (m_animationTo[i] - m_animationFrom[i]) * t;
        m_scene->setPositions(positions);
    });
    connect(m_animation, &QVariantAnimation::finished, this, &GraphView::finishAnimation);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphView::onSelectionChanged);
    connect(m_scene, &GraphScene::nodePinned, this, &GraphView::nodePinned);
    placeLegend();
}

GraphView::~GraphView()
{
    ++m_layoutJob; // whatever is running is stale now
    m_layoutFuture.waitForFinished();
    // The scene is our child and is deleted after this destructor, when we are
    // only a QWidget: its clearing must not call back into GraphView slots.
    m_scene->disconnect(this);
}

GraphData GraphView::graph() const
{
    return m_scene->graph();
}

void GraphView::setGraph(const GraphData &graph, bool layout)
{
    ++m_layoutJob;
    m_animation->stop();
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_scene->setGraph(graph);
    m_scene->setItemIndexMethod(staticIndex(m_scene));
    m_legend->setRelationTypes(m_scene->relationTypesPresent());
    updateLevelOfDetail();
    bool hasPositions = false;
    for (const auto &node : graph.nodes)
        hasPositions = hasPositions || !node.position.isNull();
    m_fitAfterLayout = true;
    if (layout || !hasPositions) {
        startLayout(graph, m_layoutOptions);
    } else {
        m_layoutRunning = false;
        fitToView();
    }
}

void GraphView::mergeGraph(const GraphData &other)
{
    GraphData merged = graph();
    const int known = merged.nodeCount();
    merged.merge(other);
    if (merged.nodeCount() == known && merged.edgeCount() == m_scene->edgeCount())
        return;
    // New nodes start next to a neighbour already on screen, fanned out by the
    // golden angle so they do not start stacked.
    QList<bool> placed(merged.nodeCount(), false);
    for (int i = 0; i < known; ++i)
        placed[i] = true;
    int fan = 0;
    for (const auto &edge : std::as_const(merged.edges)) {
        for (auto [from, to] : {std::pair{edge.source, edge.target}, std::pair{edge.target, edge.source}}) {
            if (placed[from] && !placed[to]) {
                const double angle = 2.39996 * fan++;
                merged.nodes[to].position = merged.nodes[from].position + QPointF(std::cos(angle), std::sin(angle)) * 70;
                placed[to] = true;
            }
        }
    }
    const QPointF centre = m_scene->contentRect().center();
    for (int i = known; i < merged.nodeCount(); ++i) {
        if (!placed[i])
            merged.nodes[i].position = centre + QPointF(std::cos(2.39996 * i), std::sin(2.39996 * i)) * 50;
    }
    const qint64 selected = selectedEntity();
    ++m_layoutJob;
    m_animation->stop();
    m_scene->setGraph(merged);
    m_legend->setRelationTypes(m_scene->relationTypesPresent());
    if (selected)
        selectEntity(selected);
    updateLevelOfDetail();
    // Nodes the user has already seen stay put (held as pinned in the layout's
    // copy only); the newcomers find their place around them.
    GraphData held = merged;
    for (int i = 0; i < known; ++i)
        held.nodes[i].pinned = true;
    LayoutOptions options = m_layoutOptions;
    options.useExistingPositions = true;
    m_fitAfterLayout = false;
    startLayout(held, options);
}

void GraphView::setFilter(const GraphFilter &filter)
{
    m_scene->setFilter(filter);
}

GraphFilter GraphView::filter() const
{
    return m_scene->filter();
}

void GraphView::startLayout(const GraphData &graph, const LayoutOptions &options)
{
    const quint64 job = ++m_layoutJob;
    m_layoutRunning = true;
    Q_EMIT layoutStarted();
    m_layoutFuture = QtConcurrent::run([graph, options] { return GraphLayout::compute(graph, options); });
    // Results of a superseded job (a newer graph, a newer relayout) are dropped.
    m_layoutFuture.then(this, [this, job](const QList<QPointF> &positions) {
        if (job == m_layoutJob)
            animateTo(positions);
    });
}

void GraphView::relayout()
{
    m_fitAfterLayout = true;
    m_animation->stop();
    startLayout(graph(), m_layoutOptions);
}

void GraphView::animateTo(const QList<QPointF> &positions)
{
    if (positions.size() != m_scene->nodeCount()) {
        m_layoutRunning = false;
        Q_EMIT layoutFinished();
        return;
    }
    m_animationFrom = m_scene->positions();
    m_animationTo = positions;
    if (m_fitAfterLayout) {
        // Frame the destination now so nodes fly into a still picture.
        QRectF bounds;
        for (const QPointF &p : positions)
            bounds |= QRectF(p, QSizeF(1, 1));
        const double margin = 80 + 0.05 * std::max(bounds.width(), bounds.height());
        bounds.adjust(-margin, -margin, margin, margin);
        m_scene->setSceneRect(m_scene->sceneRect().united(bounds));
        frame(bounds);
    }
    if (m_animationDuration <= 0) {
        finishAnimation();
        return;
    }
    // Moving thousands of items through a BSP tree each frame costs more than
    // scanning them: no index while they move.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_animation->setDuration(m_animationDuration);
    m_animation->start();
}

void GraphView::finishAnimation()
{
    if (!m_animationTo.isEmpty())
        m_scene->setPositions(m_animationTo);
    m_animationFrom.clear();
    m_animationTo.clear();
    m_scene->setItemIndexMethod(staticIndex(m_scene));
    m_scene->updateSceneRect();
    if (m_fitAfterLayout)
        fitToView();
    m_fitAfterLayout = false;
    m_layoutRunning = false;
    Q_EMIT layoutFinished();
}

bool GraphView::selectEntity(qint64 entityId)
{
    NodeItem *node = m_scene->nodeForEntity(entityId);
    m_syncingSelection = true;
    m_scene->clearSelection();
    if (node)
        node->setSelected(true);
    m_syncingSelection = false;
    if (node)
        ensureVisible(node, 60, 60);
    return node;
}

qint64 GraphView::selectedEntity() const
{
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node->entityId();
    }
    return 0;
}

bool GraphView::focusEntity(qint64 entityId)
{
    if (!selectEntity(entityId))
        return false;
    NodeItem *node = m_scene->nodeForEntity(entityId);
    if (zoomFactor() < 0.8)
        setTransform(QTransform::fromScale(0.8, 0.8));
    centerOn(node);
    updateLevelOfDetail();
    Q_EMIT zoomChanged(zoomFactor());
    return true;
}

double GraphView::zoomFactor() const
{
    return transform().m11();
}

void GraphView::setLegendVisible(bool visible)
{
    m_legend->setVisible(visible);
}

bool GraphView::isLegendVisible() const
{
    return m_legend->isVisible();
}

void GraphView::renderGraph(QPainter *painter, const QRectF &target, const QRectF &source, bool legend)
{
    // Print and export at full detail, whatever the screen shows.
    const bool overview = m_scene->isOverview();
    m_scene->setOverview(false);
    const QRectF from = source.isNull() ? m_scene->contentRect() : source;
    m_scene->render(painter, target, from, Qt::KeepAspectRatio);
    if (legend)
        GraphLegend::paint(painter, target.topLeft() + QPointF(10, 10), m_scene->relationTypesPresent());
    m_scene->setOverview(overview);
}

QImage GraphView::toImage(const QSize &size, bool legend)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_scene->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    renderGraph(&painter, QRectF(QPointF(), QSizeF(size)), {}, legend);
    return image;
}

void GraphView::fitToView()
{
    if (m_scene->nodeCount() == 0)
        return;
    frame(m_scene->contentRect());
    m_fitted = true;
    m_fittedSize = size();
    Q_EMIT zoomChanged(zoomFactor());
}

QRect GraphView::legendRect() const
{
    return m_legend->isHidden() ? QRect() : m_legend->geometry();
}

void GraphView::frame(const QRectF &bounds)
{
    const QRectF view = QRectF(viewport()->rect()).adjusted(2, 2, -2, -2);
    if (bounds.isEmpty() || view.isEmpty())
        return;
    // The legend floats over the top-left corner: the graph goes beside it or
    // below it, whichever leaves it bigger.
    const QRect legend = legendRect();
    const double reserveX = legend.isNull() ? 0 : legend.right() + kLegendMargin;
    const double reserveY = legend.isNull() ? 0 : legend.bottom() + kLegendMargin;
    const auto fit = [&](double width, double height) {
        return std::min(std::max(1.0, width) / bounds.width(), std::max(1.0, height) / bounds.height());
    };
    const double beside = fit(view.width() - reserveX, view.height());
    const double below = fit(view.width(), view.height() - reserveY);
    const double scale = std::clamp(std::max(beside, below), kMinZoom, kMaxFitZoom);
    const QPointF shift = beside >= below ? QPointF(reserveX / 2, 0) : QPointF(0, reserveY / 2);
    setTransform(QTransform::fromScale(scale, scale));
    const QPointF centre = bounds.center() - shift / scale;
    // The view only scrolls within the scene rect: make it hold the area to
    // show (a pixel short of the viewport, so that no scroll bar appears).
    const QSizeF half((view.width() / 2 - 1) / scale, (view.height() / 2 - 1) / scale);
    const QRectF visible(centre - QPointF(half.width(), half.height()), 2 * half);
    m_scene->setSceneRect(m_scene->sceneRect().united(visible));
    centerOn(centre);
    updateLevelOfDetail();
}

void GraphView::setLegendCollapsed(bool collapsed)
{
    m_legend->setCollapsed(collapsed);
}

bool GraphView::isLegendCollapsed() const
{
    return m_legend->isCollapsed();
}

void GraphView::zoomIn()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1.25);
    setTransformationAnchor(anchor);
}

void GraphView::zoomOut()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1 / 1.25);
    setTransformationAnchor(anchor);
}

void GraphView::zoomBy(double factor)
{
    const double current = zoomFactor();
    const double wanted = std::clamp(current * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(wanted, current))
        return;
    scale(wanted / current, wanted / current);
    m_fitted = false;
    updateLevelOfDetail();
    Q_EMIT zoomChanged(zoomFactor());
}

void GraphView::updateLevelOfDetail()
{
    m_scene->setOverview(m_scene->edgeCount() > kOverviewEdges && zoomFactor() < kOverviewZoom);
}

void GraphView::onSelectionChanged()
{
    if (!m_syncingSelection)
        Q_EMIT entitySelected(selectedEntity());
}

void GraphView::placeLegend()
{
    m_legend->move(kLegendMargin, kLegendMargin);
    m_legend->raise();
}

qint64 GraphView::entityAt(const QPoint &viewportPos) const
{
    const auto hits = items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node->entityId();
    }
    return 0;
}

EdgeItem *GraphView::edgeAt(const QPoint &viewportPos) const
{
    if (entityAt(viewportPos))
        return nullptr; // nodes are drawn over edges
    return m_scene->edgeAt(mapToScene(viewportPos));
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event); // horizontal wheels scroll
        return;
    }
    zoomBy(std::pow(1.0015, delta)); // one notch (120) is about 20 %
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        if (event->modifiers() & Qt::ControlModifier) {
            fitToView();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressedEntity = event->button() == Qt::LeftButton ? entityAt(event->position().toPoint()) : 0;
    m_pressPos = event->position().toPoint();
    m_lastMovePos = m_pressPos;
    m_fitted = false; // a drag pans or moves a node
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const bool click = (event->position().toPoint() - m_pressPos).manhattanLength() < 4;
    if (event->button() == Qt::LeftButton && m_pressedEntity && click)
        Q_EMIT entityActivated(m_pressedEntity);
    m_pressedEntity = 0;
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint delta = event->position().toPoint() - m_lastMovePos;
    m_lastMovePos = event->position().toPoint();
    m_paintBetweenScrolls = (event->buttons() & Qt::LeftButton) && delta.x() != 0 && delta.y() != 0;
    QGraphicsView::mouseMoveEvent(event);
    m_paintBetweenScrolls = false;
    // Edges are not scene items (EdgeLayer draws them): their hover is ours.
    // None while a button is down (a pan or a node being dragged).
    m_scene->setHoveredEdge(event->buttons() == Qt::NoButton ? edgeAt(event->position().toPoint()) : nullptr);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 entity = event->button() == Qt::LeftButton ? entityAt(event->position().toPoint()) : 0;
    if (entity) {
        Q_EMIT expandRequested(entity);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    placeLegend();
    if (m_paintBetweenScrolls) {
        // A diagonal hand drag sets the horizontal bar, then the vertical
        // one. Qt scrolls the viewport's pixels only if nothing under them
        // waits to be painted, and the first scroll's strip does: without
        // this the second scroll repaints the whole viewport. Painting that
        // strip (and the legend's corner) now lets the second one scroll too.
        viewport()->repaint(dx > 0 ? QRect(0, 0, dx, viewport()->height())
                            : dx < 0 ? QRect(viewport()->width() + dx, 0, -dx, viewport()->height())
                            : dy > 0 ? QRect(0, 0, viewport()->width(), dy)
                                     : QRect(0, viewport()->height() + dy, viewport()->width(), -dy));
    }
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
    // A view the user has not zoomed or panned since it was fitted stays fitted.
    // Only when the widget itself changed size: scroll bars coming and going
    // resize the viewport, and refitting on those could go round in circles.
    if (m_fitted && !m_layoutRunning && size() != m_fittedSize)
        fitToView();
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave) {
        m_scene->setHoveredEdge(nullptr);
    } else if (event->type() == QEvent::ToolTip) {
        // Over an edge, its relation and evidence; nodes' tooltips are the scene's.
        auto *help = static_cast<QHelpEvent *>(event);
        if (EdgeItem *edge = edgeAt(help->pos())) {
            QToolTip::showText(help->globalPos(), edge->toolTip(), viewport(),
                               QRect(help->pos() - QPoint(4, 4), QSize(9, 9)));
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor());
            gestures->accept(pinch);
            return true;
        }
    } else if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace liaison
