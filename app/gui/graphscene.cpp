#include "graphscene.h"

#include "graphitems.h"

namespace liaison {

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xf7));
    // The overview draws selected nodes itself.
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_overview && m_edgeLayer)
            m_edgeLayer->invalidate();
    });
}

GraphScene::~GraphScene()
{
    clearItems();
}

void GraphScene::clearItems()
{
    // Edges first: they point at nodes. They are not in the scene: ours to delete.
    m_hoveredEdge = nullptr;
    qDeleteAll(m_edges);
    m_edges.clear();
    m_nodes.clear();
    // Deleting a selected node changes the selection, whose handler would
    // reach for a layer already deleted: forget the layers first.
    m_edgeLayer = nullptr;
    m_labelLayer = nullptr;
    clear();
}

void GraphScene::setGraph(const GraphData &graph)
{
    clearItems();
    m_data = graph;
    m_edgeLayer = new EdgeLayer(this);
    m_edgeLayer->setOverview(m_overview);
    addItem(m_edgeLayer);
    m_labelLayer = new LabelLayer(this);
    addItem(m_labelLayer);

    m_bulkMove = true; // no per-node edge updates while building
    m_nodes.reserve(graph.nodes.size());
    for (int i = 0; i < graph.nodes.size(); ++i) {
        auto *node = new NodeItem(i, graph.nodes[i]);
        addItem(node);
        m_nodes.append(node);
    }
    m_relationTypes = 0;
    m_edges.reserve(graph.edges.size());
    for (int i = 0; i < graph.edges.size(); ++i) {
        const GraphEdge &edge = graph.edges[i];
        m_edges.append(new EdgeItem(i, edge, m_nodes[edge.source], m_nodes[edge.target]));
        m_relationTypes |= GraphFilter::relationTypeBit(edge.type);
    }
    m_bulkMove = false;
    if (m_overview) {
        for (NodeItem *node : std::as_const(m_nodes))
            node->setOverview(true);
    }
    setFilter(m_filter);
    updateSceneRect();
}

GraphData GraphScene::graph() const
{
    GraphData graph = m_data;
    for (const NodeItem *node : m_nodes) {
        graph.nodes[node->index()].position = node->pos();
        graph.nodes[node->index()].pinned = node->isPinned();
    }
    return graph;
}

NodeItem *GraphScene::nodeForEntity(qint64 entityId) const
{
    const int index = m_data.indexOf(entityId);
    return index >= 0 ? m_nodes.value(index) : nullptr;
}

EdgeItem *GraphScene::edgeAt(const QPointF &scenePos) const
{
    return m_edgeLayer ? m_edgeLayer->edgeAt(scenePos) : nullptr;
}

void GraphScene::setHoveredEdge(EdgeItem *edge)
{
    if (edge == m_hoveredEdge)
        return;
    // The highlight is drawn wider than the edge, arrowhead and cross included.
    const auto repaint = [this](const EdgeItem *e) { update(e->boundingRect().adjusted(-4, -4, 4, 4)); };
    if (m_hoveredEdge) {
        m_hoveredEdge->setHovered(false);
        repaint(m_hoveredEdge);
    }
    m_hoveredEdge = edge;
    if (edge) {
        edge->setHovered(true);
        repaint(edge);
    }
}

void GraphScene::setFilter(const GraphFilter &filter)
{
    m_filter = filter;
    m_data.visibility(filter, &m_nodeShown, &m_edgeShown);
    for (NodeItem *node : std::as_const(m_nodes))
        node->setVisible(m_nodeShown[node->index()]);
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->setVisible(m_edgeShown[edge->index()]);
    if (m_hoveredEdge && !m_hoveredEdge->isVisible())
        setHoveredEdge(nullptr);
    if (m_edgeLayer)
        m_edgeLayer->invalidate();
    if (m_labelLayer)
        m_labelLayer->update();
}

int GraphScene::visibleEdgeCount() const
{
    int count = 0;
    for (const EdgeItem *edge : m_edges)
        count += m_edgeShown[edge->index()] ? 1 : 0;
    return count;
}

QList<QPointF> GraphScene::positions() const
{
    QList<QPointF> result(m_nodes.size());
    for (const NodeItem *node : m_nodes)
        result[node->index()] = node->pos();
    return result;
}

void GraphScene::setPositions(const QList<QPointF> &positions)
{
    m_bulkMove = true;
    const auto count = std::min(positions.size(), m_nodes.size());
    for (qsizetype i = 0; i < count; ++i)
        m_nodes[i]->setPos(positions[i]);
    m_bulkMove = false;
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->adjust();
    if (m_edgeLayer)
        m_edgeLayer->invalidate(true);
    if (m_labelLayer)
        m_labelLayer->update();
}

void GraphScene::setOverview(bool overview)
{
    if (m_overview == overview)
        return;
    m_overview = overview;
    for (NodeItem *node : std::as_const(m_nodes))
        node->setOverview(overview);
    if (overview) // no edge hover out there
        setHoveredEdge(nullptr);
    if (m_edgeLayer)
        m_edgeLayer->setOverview(overview);
}

void GraphScene::updateSceneRect()
{
    QRectF bounds;
    for (const NodeItem *node : std::as_const(m_nodes))
        bounds |= node->sceneBoundingRect();
    if (bounds.isNull())
        bounds = QRectF(-200, -150, 400, 300);
    // Room for labels under the nodes and some air around the graph.
    const double margin = 40 + 0.05 * std::max(bounds.width(), bounds.height());
    bounds.adjust(-margin, -margin, margin, margin);
    m_contentRect = bounds;
    setSceneRect(bounds);
    if (m_edgeLayer)
        m_edgeLayer->setBounds(bounds);
    if (m_labelLayer)
        m_labelLayer->setBounds(bounds);
}

void GraphScene::nodeMoved(NodeItem *node)
{
    if (m_bulkMove)
        return;
    for (EdgeItem *edge : node->edges())
        edge->adjust();
    if (m_edgeLayer)
        m_edgeLayer->invalidate(true);
    if (m_labelLayer)
        m_labelLayer->update();
}

void GraphScene::nodeDropped(NodeItem *node)
{
    m_data.nodes[node->index()].position = node->pos();
    m_data.nodes[node->index()].pinned = true;
    if (!sceneRect().contains(node->sceneBoundingRect()))
        updateSceneRect();
    Q_EMIT nodePinned(node->entityId(), node->pos());
}

} // namespace liaison
