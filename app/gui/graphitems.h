#pragma once

#include "graph/graphdata.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QFutureWatcher>
#include <QPen>
#include <QHash>
#include <QImage>
#include <QStaticText>
#include <QTimer>

#include <array>

namespace liaison {

class EdgeItem;
class GraphScene;

// An entity in the graph scene: its shape says its type, its size its degree.
// The label is painted by LabelLayer so that it can be dropped when zoomed out
// while the node itself stays in the item cache.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(int index, const GraphNode &node);

    int type() const override { return Type; }
    int index() const { return m_index; }
    qint64 entityId() const { return m_entityId; }
    EntityType entityType() const { return m_entityType; }
    double radius() const { return m_radius; }
    const QStaticText &label() const { return m_label; }
    QSizeF labelSize() const { return m_labelSize; }
    bool isPinned() const { return m_pinned; }
    void setPinned(bool pinned);
    // Distance from the centre to the outline in the direction of `unit`.
    double rimDistance(const QPointF &unit) const;
    // In the overview the node is drawn by EdgeLayer; the item stays for
    // hit-testing, selection and dragging but paints nothing and drops its cache.
    void setOverview(bool overview);
    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    const QList<EdgeItem *> &edges() const { return m_edges; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_path; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The outline of a node of this type and radius, centred on the origin.
    static QPainterPath shapeFor(EntityType type, double radius);
    static double radiusForDegree(int degree);
    static QFont labelFont();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    GraphScene *graphScene() const;
    // EdgeLayer stamps plain nodes; selected, hovered or pinned ones paint themselves.
    void updateContents();

    int m_index;
    qint64 m_entityId;
    EntityType m_entityType;
    double m_radius;
    bool m_pinned = false;
    bool m_hovered = false;
    QPointF m_pressPos;
    QPainterPath m_path;
    QRectF m_bounds;
    QBrush m_brush;
    QPen m_pen;
    QPen m_selectedPen;
    QList<QRectF> m_selected;
    QStaticText m_label;
    QSizeF m_labelSize;
    QList<EdgeItem *> m_edges;
};

// A relation between two nodes: coloured by type, arrowed unless symmetric,
// dashed when tentative, crossed out when failed or denied. Not in the scene:
// EdgeLayer draws every edge and finds the one under the mouse in its grid
// (20,000 edge items in the scene made every paint and every mouse move walk
// them all); the item keeps the edge's geometry, pens, tooltip and filter state.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(int index, const GraphEdge &edge, NodeItem *source, NodeItem *target);

    int type() const override { return Type; }
    int index() const { return m_index; }
    qint64 relationId() const { return m_relationId; }
    RelationType relationType() const { return m_relationType; }
    NodeItem *sourceNode() const { return m_source; }
    NodeItem *targetNode() const { return m_target; }
    QLineF line() const { return m_line; }
    // What EdgeLayer draws for this edge: the pen, the arrowhead (empty when
    // undirected) and the two strokes of the cross when failed or denied.
    const QPen &pen() const { return m_pen; }
    const QBrush &arrowBrush() const { return m_arrowBrush; }
    const QPolygonF &arrow() const { return m_arrow; }
    bool isNegative() const { return m_negative; }
    const std::array<QLineF, 2> &cross() const { return m_cross; }
    const QPen &crossPen() const { return m_hoverPen; }
    // Under the mouse: EdgeLayer draws it wider, on top.
    bool isHovered() const { return m_hovered; }
    void setHovered(bool hovered) { m_hovered = hovered; }
    const QPen &hoverPen() const { return m_hoverPen; }
    // Whether `scenePos` is on the line's band (the width shape() gives it).
    bool hits(const QPointF &scenePos) const;

    // Follows the endpoints after they moved.
    void adjust();

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    // Its highlight when hovered (EdgeLayer calls it; printing never does).
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_index;
    qint64 m_relationId;
    RelationType m_relationType;
    NodeItem *m_source;
    NodeItem *m_target;
    bool m_directed;
    bool m_negative;
    bool m_hovered = false;
    QPen m_pen;
    QPen m_hoverPen;
    QBrush m_arrowBrush;
    QLineF m_line;
    QPolygonF m_arrow;
    std::array<QLineF, 2> m_cross;
    QRectF m_bounds;
};

// Draws every edge at every zoom level, so that no EdgeItem paints (they stay
// for hover, tooltips and hit-testing). Edges are filed once per layout in a
// grid of cells by the cells their segment crosses; a paint only looks at the
// edges of the exposed cells. When few are exposed they get full detail
// (antialiased, arrows, dashes, crosses); when many, they are batched per
// relation type as 1 px lines without antialiasing, which is what thousands of
// overlapping edges look like anyway. Zoomed in on screen, past that many only
// edges with an end in view are drawn. In the overview it also draws the
// nodes as squares. On screen, a large graph's edges and plain nodes are
// drawn once into a picture a little larger than the viewport: pans blit
// from it, zoom steps stretch it, and it is drawn again when the wheel stops
// (the overview's picture, for the detail levels). The grid also answers
// which edge is under the mouse (hover and tooltips).
class EdgeLayer : public QGraphicsItem
{
public:
    explicit EdgeLayer(GraphScene *scene);
    void setBounds(const QRectF &bounds);
    // Positions, filter or selection changed; `moving` while nodes are
    // dragged or animated (no picture is drawn until they settle).
    void invalidate(bool moving = false);
    void setOverview(bool overview);
    // The topmost shown edge whose band holds `scenePos` (null in the overview).
    EdgeItem *edgeAt(const QPointF &scenePos);
    // Zoomed in on screen (large graphs): how often the picture was drawn,
    // and how the last paint used it.
    enum class PictureUse { None, Blit, Stretch };
    int pictureRenders() const { return m_pictureRenders; }
    PictureUse lastPictureUse() const { return m_lastPictureUse; }
    // Paint calls so far (Qt may paint a region rect by rect, so a frame can
    // be several): copied from the picture, stretched, drawn directly.
    int pictureBlits() const { return m_pictureCount[0]; }
    int pictureStretches() const { return m_pictureCount[1]; }
    int directPaints() const { return m_pictureCount[2]; }
    bool hasPicture() const { return !m_picture.isNull(); }
    // How the last paint drew its edges, for tests and benchmarks.
    int lastExposedEdges() const { return m_lastExposed; }
    int lastNodeCount() const { return m_lastNodes; }
    // Zoomed in on screen: edges drawn as stubs (long on screen), and in
    // full detail (between nodes around the view).
    int lastStubEdges() const { return m_lastStubs; }
    int lastDetailEdges() const { return m_lastDetail; }
    // How often the overview's picture was drawn (zoom steps stretch it),
    // and whether a worker is drawing one now.
    int overviewRenders() const { return m_cacheRenders; }
    bool isOverviewRendering() const { return m_jobRunning; }
    bool lastPaintBatched() const { return m_lastBatched; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // bench_gui_graph's "before" mode: no overview picture, and zoomed in
    // every exposed edge in full detail, as the previous round drew them.
    static inline bool s_previousDrawing = false;

    // Past this many edges exposed, they are batched.
    static constexpr int kDetailMaxEdges = 1200;
    // Zoomed in on screen, past this many edges between nodes in view they
    // are batched too (antialiased wide strokes cost their pixels).
    static constexpr int kDetailOnScreen = 400;
    // Graphs with more edges than this use the picture zoomed in; smaller
    // ones draw directly, as they always did.
    static constexpr int kPictureMinEdges = 1500;

private:
    void rebuild();
    void collect(const QRectF &exposed);
    // The viewport in scene coordinates with a node's margin; null off screen.
    QRectF viewRect(QWidget *viewport) const;
    void keepAnchored(const QRectF &visible);
    void paintDetail(QPainter *painter, const QRectF &clip, double lod, const QList<int> &indexes);
    // Zoomed in on screen: short edges whole, long ones as stubs.
    // `around`: the nodes in view (with a margin), whose edges get every detail.
    // Past `detailLimit` such edges all are thin and batched.
    void paintOnScreen(QPainter *painter, const QRectF &clip, double lod, QWidget *widget, const QRectF &around,
                       int detailLimit);
    void paintStubs(QPainter *painter, const QRectF &clip, double lod, double length, const QList<int> &indexes);
    // 1 px lines without antialiasing, one drawLines per pen; `dashes` keeps
    // tentative relations dashed.
    void paintBatched(QPainter *painter, const QRectF &clip, const QList<int> &indexes, bool dashes);
    // The overview from a picture of the whole graph; false when the picture
    // would be coarser than the screen.
    bool paintCached(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget);
    // Starts a worker drawing the overview's picture, unless one for the
    // same area and scale is on its way.
    void requestCache(const QRectF &area, double scale, double dpr);
    // m_lines from the edges, clipped; `dashes` files tentative ones apart.
    void gatherLines(const QRectF &clip, const QList<int> &indexes, bool dashes);
    void paintNodes(QPainter *painter);
    // `all`: also the nodes that paint themselves (the picture keeps every
    // node, so that one which stops painting itself is still there).
    void paintSprites(QPainter *painter, const QRectF &exposed, bool all = false);
    // Edges and nodes of `exposed` on screen, each rect of the repaint region on its own.
    void paintDirect(QPainter *painter, const QRectF &exposed, double lod, QWidget *widget);
    // Zoomed in, from the picture: false when it cannot serve this paint.
    bool paintPicture(QPainter *painter, const QRectF &exposed, double lod, QWidget *widget);
    void renderPicture(const QTransform &world, double lod, QWidget *widget);
    void paintHovered(QPainter *painter);
    const QImage &sprite(const NodeItem *node, double scale);

    static constexpr int kGrid = 64; // cells per side
    static constexpr double kCacheSide = 2048; // px, the overview picture's longest side

    GraphScene *m_scene;
    QRectF m_bounds;
    QRectF m_gridRect; // the nodes' extent the grid covers
    double m_cellWidth = 1;
    double m_cellHeight = 1;
    bool m_dirty = true;
    bool m_overview = false;
    std::array<QList<int>, kGrid * kGrid> m_cells;
    std::array<QList<int>, kGrid * kGrid> m_nodeCells; // shown nodes by centre
    QList<quint32> m_stamp; // per edge: the paint that last collected it
    quint32 m_paint = 0;
    QList<int> m_exposed; // edges of the current paint
    QList<int> m_inside;  // of those, between nodes around the view
    QList<int> m_passing; // and those leaving it
    QList<int> m_crossing; // drawn whole but thin: not between nodes around the view
    int m_lastExposed = 0;
    int m_lastNodes = 0; // nodes the last paint stamped
    int m_lastStubs = 0;
    int m_lastDetail = 0;
    bool m_lastBatched = false;
    std::array<QList<QLineF>, 22> m_lines; // per relation type, solid then dashed
    std::array<QPen, 22> m_pens;
    static constexpr std::size_t kStubTypes = 11; // relation types
    static constexpr double kStubPixels = 90; // on screen, the near 60 % opaque
    // Stubs per relation type: solid, dashed, then their faded far ends.
    std::array<QList<QLineF>, 4 * kStubTypes> m_stubs;
    std::array<QPen, 4 * kStubTypes> m_stubPens;
    QList<int> m_arrows; // stubs whose arrowhead is exposed
    std::array<QList<QRectF>, 4> m_nodes; // per entity type
    std::array<QBrush, 4> m_brushes;
    QPen m_selectedPen;
    QList<QRectF> m_selected;
    // Node pictures by type and on-screen size: blitting thousands of them
    // costs a fraction of filling and stroking their paths.
    QHash<int, QImage> m_sprites;
    // The overview's picture, its scene rect and scale (pixels per unit).
    QImage m_cache;
    QRectF m_cacheRect;
    double m_cacheScale = 0;
    int m_cacheRenders = 0;
    QTimer m_refresh;
    bool m_sharpWanted = false; // the wheel stopped: a picture at the exact scale
    QFutureWatcher<QImage> m_cacheWatcher;
    bool m_jobRunning = false;
    QRectF m_jobRect;
    double m_jobScale = 0;
    // Zoomed in: the picture (device pixels of the view it was drawn for,
    // with a margin), the scene rect it covers, its scale and device origin.
    QImage m_picture;
    QRectF m_pictureRect;
    double m_pictureScale = 0;
    QPointF m_pictureOrigin;
    int m_pictureRenders = 0;
    PictureUse m_lastPictureUse = PictureUse::None;
    std::array<int, 3> m_pictureCount{};
    bool m_moving = false; // nodes dragged or animated: draw directly
    bool m_pictureStale = false; // stretched or outrun: draw again once things settle
    QTimer m_settle;
};

// Paints node labels. On screen they are drawn in device pixels at one size,
// best-connected nodes first, skipping any that would overlap a label already
// placed and stopping at kMaxLabels: a frame costs the same whether 50 or
// 5,000 nodes are in view, and what is drawn can be read. Labels are dropped
// altogether when zoomed out (level of detail). Printing and export
// (QGraphicsScene::render, no widget) get every label, scaled with the graph.
class LabelLayer : public QGraphicsItem
{
public:
    explicit LabelLayer(GraphScene *scene);
    void setBounds(const QRectF &bounds);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // How many labels the last paint drew, for tests and benchmarks.
    int lastLabelCount() const { return m_lastCount; }
    // The halos of the labels drawn on screen by the last paint (device pixels).
    const QList<QRectF> &lastLabelRects() const { return m_halos; }
    bool lastDrewLabelOf(const NodeItem *node) const { return m_texts.contains(&node->label()); }

    static constexpr int kMaxLabels = 300;

private:
    void paintAll(QPainter *painter, const QRectF &exposed, double minRadius);
    void paintOnScreen(QPainter *painter, const QRectF &exposed, double minRadius, QWidget *widget);
    const QList<int> &order();

    GraphScene *m_scene;
    QRectF m_bounds;
    QFont m_font;
    QBrush m_halo;
    QPen m_textPen;
    double m_lineHeight;
    QList<int> m_order; // node indexes, largest radius first
    // Per paint, reused: a coarse occupancy grid of the viewport (one bit per
    // cell) and the labels placed.
    QList<quint8> m_occupied;
    QList<QRectF> m_halos;
    QList<QPointF> m_textPositions;
    QList<const QStaticText *> m_texts;
    QList<int> m_drawn; // of those, the ones over the repainted region
    int m_lastCount = 0;
};

// The key to shapes, colours and line styles, painted over the view and onto
// printed or exported pictures.
class GraphLegend
{
public:
    // Relation types listed are those in the mask (bits of GraphFilter::relationTypeBit).
    static QSizeF size(quint32 relationTypes);
    static void paint(QPainter *painter, const QPointF &topLeft, quint32 relationTypes);
    static QString entityTypeLabel(EntityType type);
    static QString relationTypeLabel(RelationType type);
    static QString statusLabel(Status status);
};

} // namespace liaison
