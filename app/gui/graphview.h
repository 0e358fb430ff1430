#pragma once

#include "graph/graphdata.h"
#include "graph/graphlayout.h"

#include <QFuture>
#include <QGraphicsView>

class QVariantAnimation;

namespace liaison {

class EdgeItem;
class GraphScene;
class LegendOverlay;

// The interactive relationship graph: zoom, pan, select, expand, drag to pin.
// Layouts run on a worker thread and animate into place. It is given
// GraphData by its owner (the main window queries the stores), never SQL.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    GraphScene *graphScene() const { return m_scene; }
    // The graph with current positions and pins.
    GraphData graph() const;

    // Replaces the graph and lays it out (unless `layout` is false and the
    // nodes already have positions).
    void setGraph(const GraphData &graph, bool layout = true);
    // Adds nodes and edges not yet shown (e.g. an expanded node's
    // neighbours); known nodes keep their place, new ones are laid out around them.
    void mergeGraph(const GraphData &graph);
    void setFilter(const GraphFilter &filter);
    GraphFilter filter() const;

    void setLayoutOptions(const LayoutOptions &options) { m_layoutOptions = options; }
    LayoutOptions layoutOptions() const { return m_layoutOptions; }
    bool isLayoutRunning() const { return m_layoutRunning; }
    void setAnimationDuration(int milliseconds) { m_animationDuration = milliseconds; }

    // Selects the entity's node without emitting entitySelected (the caller
    // already knows), and scrolls it into view. False if it is not in the graph.
    bool selectEntity(qint64 entityId);
    qint64 selectedEntity() const;
    // Selects, centres and zooms in enough to read the node's neighbourhood.
    bool focusEntity(qint64 entityId);

    double zoomFactor() const;
    void setLegendVisible(bool visible);
    bool isLegendVisible() const;
    // Folded, the legend is a small "Legend" tab; a click on it toggles.
    void setLegendCollapsed(bool collapsed);
    bool isLegendCollapsed() const;
    // Where the legend is, in viewport coordinates (null when hidden).
    QRect legendRect() const;

    // Paints the whole graph (or `source`, in scene coordinates) into `target`
    // at full detail, with the legend: the path for printing and PNG/SVG/PDF
    // export. Nothing else in the view changes.
    void renderGraph(QPainter *painter, const QRectF &target, const QRectF &source = {}, bool legend = true);
    QImage toImage(const QSize &size, bool legend = true);

public Q_SLOTS:
    void fitToView();
    void relayout();
    void zoomIn();
    void zoomOut();
    void zoomBy(double factor);

Q_SIGNALS:
    // The user selected a node (click, keyboard); 0 when the selection was cleared.
    void entitySelected(qint64 entityId);
    // The user clicked a node (even if it was already selected).
    void entityActivated(qint64 entityId);
    // The user double-clicked a node: its owner may fetch its neighbours and mergeGraph().
    void expandRequested(qint64 entityId);
    void nodePinned(qint64 entityId, const QPointF &position);
    void layoutStarted();
    // The layout finished and its animation ended.
    void layoutFinished();
    void zoomChanged(double factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    void startLayout(const GraphData &graph, const LayoutOptions &options);
    void animateTo(const QList<QPointF> &positions);
    void finishAnimation();
    void updateLevelOfDetail();
    void onSelectionChanged();
    void placeLegend();
    // Zooms and scrolls so that `bounds` (scene coordinates) fills the
    // viewport but for the legend's corner.
    void frame(const QRectF &bounds);
    qint64 entityAt(const QPoint &viewportPos) const;
    // The edge under the mouse (none over a node): highlighted, and its tooltip.
    EdgeItem *edgeAt(const QPoint &viewportPos) const;

    GraphScene *m_scene;
    LegendOverlay *m_legend;
    QVariantAnimation *m_animation;
    LayoutOptions m_layoutOptions;
    QFuture<QList<QPointF>> m_layoutFuture;
    quint64 m_layoutJob = 0;
    bool m_layoutRunning = false;
    bool m_fitAfterLayout = true;
    bool m_fitted = false; // fitted and not zoomed or panned since: refit on resize
    QSize m_fittedSize;
    int m_animationDuration = 650;
    QList<QPointF> m_animationFrom;
    QList<QPointF> m_animationTo;
    bool m_syncingSelection = false;
    qint64 m_pressedEntity = 0;
    QPoint m_pressPos;
    // A hand drag that moves both ways scrolls twice: the first scroll's
    // strip is painted before the second, or Qt repaints the whole viewport.
    bool m_paintBetweenScrolls = false;
    QPoint m_lastMovePos;
};

} // namespace liaison
