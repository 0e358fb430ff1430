#pragma once

#include "graph/graphdata.h"

#include <QGraphicsScene>

namespace liaison {

class EdgeItem;
class EdgeLayer;
class LabelLayer;
class NodeItem;

// The items of one GraphData: a NodeItem per node, plus the edge and label
// layers. The EdgeItems (geometry, pens, tooltips, filter state) stay out of
// the scene: EdgeLayer draws them and finds the one under the mouse, so that
// paints and mouse moves walk 5,000 nodes, not 25,000 items. Knows nothing
// of SQL: it is fed a GraphData.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    void setGraph(const GraphData &graph);
    // The graph with the positions and pins the items have now.
    GraphData graph() const;
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }

    const QList<NodeItem *> &nodeItems() const { return m_nodes; }
    const QList<EdgeItem *> &edgeItems() const { return m_edges; }
    NodeItem *nodeForEntity(qint64 entityId) const;
    // The shown edge under `scenePos` (null in the overview), from EdgeLayer's grid.
    EdgeItem *edgeAt(const QPointF &scenePos) const;
    // The edge under the mouse, drawn highlighted; null for none.
    void setHoveredEdge(EdgeItem *edge);
    EdgeItem *hoveredEdge() const { return m_hoveredEdge; }

    void setFilter(const GraphFilter &filter);
    const GraphFilter &filter() const { return m_filter; }
    bool isNodeShown(int index) const { return m_nodeShown.value(index); }
    bool isEdgeShown(int index) const { return m_edgeShown.value(index); }
    int visibleEdgeCount() const;
    // Relation types present in the graph, as GraphFilter::relationTypeBit() bits.
    quint32 relationTypesPresent() const { return m_relationTypes; }

    QList<QPointF> positions() const;
    // Moves every node at once; edges and layers follow once, not per node.
    void setPositions(const QList<QPointF> &positions);

    // Overview: nodes drawn as squares by the edge layer, edge items out of
    // hit-testing, for large zoomed-out graphs.
    void setOverview(bool overview);
    bool isOverview() const { return m_overview; }
    EdgeLayer *edgeLayer() const { return m_edgeLayer; }
    LabelLayer *labelLayer() const { return m_labelLayer; }

    // Fits the scene rect around the nodes with a margin.
    void updateSceneRect();
    // The nodes' extent with that margin, as of the last updateSceneRect();
    // the scene rect may be larger (the view widens it to scroll freely).
    QRectF contentRect() const { return m_contentRect; }

    // Called by the items.
    void nodeMoved(NodeItem *node);
    void nodeDropped(NodeItem *node);

Q_SIGNALS:
    // A user dragged a node: it stays where it was put.
    void nodePinned(qint64 entityId, const QPointF &position);

private:
    void clearItems();

    GraphData m_data;
    QList<NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    EdgeItem *m_hoveredEdge = nullptr;
    EdgeLayer *m_edgeLayer = nullptr;
    LabelLayer *m_labelLayer = nullptr;
    GraphFilter m_filter;
    QList<bool> m_nodeShown;
    QList<bool> m_edgeShown;
    quint32 m_relationTypes = 0;
    bool m_overview = false;
    bool m_bulkMove = false;
    QRectF m_contentRect;
};

} // namespace liaison
