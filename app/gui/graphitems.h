#pragma once

#include "graph/graphdata.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>
#include <QStaticText>

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
    // In the overview the node is drawn by OverviewLayer; the item stays for
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
// dashed when tentative, crossed out when failed or denied.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(int index, const GraphEdge &edge, NodeItem *source, NodeItem *target, QGraphicsItem *parent);

    int type() const override { return Type; }
    int index() const { return m_index; }
    qint64 relationId() const { return m_relationId; }
    RelationType relationType() const { return m_relationType; }
    NodeItem *sourceNode() const { return m_source; }
    NodeItem *targetNode() const { return m_target; }
    QLineF line() const { return m_line; }

    // Follows the endpoints after they moved.
    void adjust();

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

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

// Holds every EdgeItem as a child, so that all of them are hidden with one call
// when the view switches to the batched overview.
class EdgeGroup : public QGraphicsItem
{
public:
    EdgeGroup() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

// Draws all visible edges as plain lines and all nodes as small squares, in a
// few batched calls: what the view shows of a large graph when zoomed out,
// instead of painting thousands of items one by one.
class OverviewLayer : public QGraphicsItem
{
public:
    explicit OverviewLayer(GraphScene *scene);
    void setBounds(const QRectF &bounds);
    void invalidate(); // positions or visibility changed
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void rebuild();

    GraphScene *m_scene;
    QRectF m_bounds;
    bool m_dirty = true;
    std::array<QList<QLineF>, 11> m_lines; // per relation type
    std::array<QPen, 11> m_pens;
    std::array<QList<QRectF>, 4> m_nodes; // per entity type
    std::array<QBrush, 4> m_brushes;
    QPen m_selectedPen;
    QList<QRectF> m_selected;
};

// Paints node labels, skipping those of nodes too small on screen to read.
class LabelLayer : public QGraphicsItem
{
public:
    explicit LabelLayer(GraphScene *scene);
    void setBounds(const QRectF &bounds);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    GraphScene *m_scene;
    QRectF m_bounds;
    QFont m_font;
    QBrush m_halo;
    QPen m_textPen;
    double m_lineHeight;
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
