#include "graphdata.h"

#include <QSet>

#include <algorithm>

namespace liaison {

std::pair<QDate, QDate> dateInterval(QStringView isoDate)
{
    const QString text = isoDate.trimmed().toString();
    if (text.size() >= 10) {
        const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
        return {d, d};
    }
    if (text.size() == 7) {
        const QDate d = QDate::fromString(text + QLatin1StringView("-01"), Qt::ISODate);
        if (d.isValid())
            return {d, d.addMonths(1).addDays(-1)};
    }
    if (text.size() == 4) {
        bool ok = false;
        const int year = text.toInt(&ok);
        if (ok)
            return {QDate(year, 1, 1), QDate(year, 12, 31)};
    }
    return {};
}

bool GraphFilter::acceptsNode(const GraphNode &node) const
{
    return entityTypes & entityTypeBit(node.type);
}

bool GraphFilter::acceptsEdge(const GraphEdge &edge) const
{
    if (!(relationTypes & relationTypeBit(edge.type)) || !(statuses & statusBit(edge.status)))
        return false;
    if (edge.articleCount < minArticles)
        return false;
    if (from.isValid() || to.isValid()) {
        const auto [start, end] = dateInterval(edge.date);
        if (!start.isValid())
            return keepUndated;
        // An imprecise date passes when its interval overlaps the range.
        if (from.isValid() && end < from)
            return false;
        if (to.isValid() && start > to)
            return false;
    }
    return true;
}

bool GraphFilter::isOpen() const
{
    return *this == GraphFilter{};
}

void GraphData::rebuildIndex() const
{
    if (m_indexedNodes == nodes.size() && m_indexedEdges == edges.size())
        return;
    m_nodeIndex.clear();
    m_nodeIndex.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        m_nodeIndex.insert(nodes[i].entityId, i);
    m_edgeIndex.clear();
    m_edgeIndex.reserve(edges.size());
    for (int i = 0; i < edges.size(); ++i)
        m_edgeIndex.insert(edges[i].relationId, i);
    m_indexedNodes = nodes.size();
    m_indexedEdges = edges.size();
}

int GraphData::indexOf(qint64 entityId) const
{
    rebuildIndex();
    return m_nodeIndex.value(entityId, -1);
}

int GraphData::indexOfRelation(qint64 relationId) const
{
    rebuildIndex();
    return m_edgeIndex.value(relationId, -1);
}

int GraphData::addNode(const GraphNode &node)
{
    const int existing = indexOf(node.entityId);
    if (existing >= 0)
        return existing;
    nodes.append(node);
    m_nodeIndex.insert(node.entityId, int(nodes.size() - 1));
    m_indexedNodes = nodes.size();
    return int(nodes.size() - 1);
}

int GraphData::addEdge(const GraphEdge &edge)
{
    if (edge.source < 0 || edge.target < 0 || edge.source >= nodes.size() || edge.target >= nodes.size())
        return -1;
    const int existing = indexOfRelation(edge.relationId);
    if (existing >= 0) {
        edges[existing] = edge;
        return existing;
    }
    edges.append(edge);
    m_edgeIndex.insert(edge.relationId, int(edges.size() - 1));
    m_indexedEdges = edges.size();
    return int(edges.size() - 1);
}

void GraphData::recomputeDegrees()
{
    for (auto &node : nodes)
        node.degree = 0;
    for (const auto &edge : std::as_const(edges)) {
        ++nodes[edge.source].degree;
        if (edge.target != edge.source)
            ++nodes[edge.target].degree;
    }
}

GraphData GraphData::egoNetwork(qint64 centerEntityId, int hops) const
{
    const int center = indexOf(centerEntityId);
    if (center < 0)
        return {};
    hops = std::clamp(hops, 0, 3);
    // Undirected adjacency: a company's acquirer is as much its neighbour as
    // its acquisition.
    QList<QList<int>> adjacency(nodes.size());
    for (const auto &edge : edges) {
        adjacency[edge.source].append(edge.target);
        adjacency[edge.target].append(edge.source);
    }
    QList<bool> keep(nodes.size(), false);
    keep[center] = true;
    QList<int> frontier{center};
    for (int hop = 0; hop < hops && !frontier.isEmpty(); ++hop) {
        QList<int> next;
        for (int n : std::as_const(frontier)) {
            for (int m : std::as_const(adjacency[n])) {
                if (!keep[m]) {
                    keep[m] = true;
                    next.append(m);
                }
            }
        }
        frontier = std::move(next);
    }
    return subgraph(keep);
}

void GraphData::visibility(const GraphFilter &filter, QList<bool> *nodeVisible, QList<bool> *edgeVisible) const
{
    nodeVisible->resize(nodes.size());
    edgeVisible->resize(edges.size());
    for (int i = 0; i < nodes.size(); ++i)
        (*nodeVisible)[i] = filter.acceptsNode(nodes[i]);
    QList<bool> touched(filter.hideIsolated ? nodes.size() : 0, false);
    for (int i = 0; i < edges.size(); ++i) {
        const auto &edge = edges[i];
        const bool shown = (*nodeVisible)[edge.source] && (*nodeVisible)[edge.target] && filter.acceptsEdge(edge);
        (*edgeVisible)[i] = shown;
        if (shown && filter.hideIsolated)
            touched[edge.source] = touched[edge.target] = true;
    }
    if (filter.hideIsolated) {
        for (int i = 0; i < nodes.size(); ++i)
            (*nodeVisible)[i] = (*nodeVisible)[i] && touched[i];
    }
}

GraphData GraphData::filtered(const GraphFilter &filter) const
{
    QList<bool> nodeVisible, edgeVisible;
    visibility(filter, &nodeVisible, &edgeVisible);
    return subgraph(nodeVisible, &edgeVisible);
}

GraphData GraphData::subgraph(const QList<bool> &keepNode, const QList<bool> *keepEdge) const
{
    GraphData result;
    QList<int> remap(nodes.size(), -1);
    for (int i = 0; i < nodes.size(); ++i) {
        if (keepNode.value(i)) {
            remap[i] = int(result.nodes.size());
            result.nodes.append(nodes[i]);
        }
    }
    for (int i = 0; i < edges.size(); ++i) {
        const auto &edge = edges[i];
        if (keepEdge && !keepEdge->value(i))
            continue;
        if (remap[edge.source] < 0 || remap[edge.target] < 0)
            continue;
        GraphEdge copy = edge;
        copy.source = remap[edge.source];
        copy.target = remap[edge.target];
        result.edges.append(copy);
    }
    result.recomputeDegrees();
    return result;
}

int GraphData::merge(const GraphData &other)
{
    const int before = nodeCount();
    QList<int> remap(other.nodes.size());
    for (int i = 0; i < other.nodes.size(); ++i)
        remap[i] = addNode(other.nodes[i]);
    for (const auto &edge : other.edges) {
        if (indexOfRelation(edge.relationId) >= 0)
            continue;
        GraphEdge copy = edge;
        copy.source = remap[edge.source];
        copy.target = remap[edge.target];
        addEdge(copy);
    }
    recomputeDegrees();
    return nodeCount() - before;
}

void GraphBuilder::addEntity(const Entity &entity, int articleCount)
{
    if (m_nodeIndex.contains(entity.id))
        return;
    GraphNode node;
    node.entityId = entity.id;
    node.name = entity.name;
    node.type = entity.type;
    node.articleCount = articleCount;
    m_nodeIndex.insert(entity.id, int(m_nodes.size()));
    m_nodes.append(node);
}

void GraphBuilder::addEntities(const QList<Entity> &entities)
{
    for (const auto &entity : entities)
        addEntity(entity);
}

void GraphBuilder::setArticleCount(qint64 entityId, int articleCount)
{
    const int index = m_nodeIndex.value(entityId, -1);
    if (index >= 0)
        m_nodes[index].articleCount = articleCount;
}

void GraphBuilder::addRelation(const Relation &relation)
{
    m_relations.append(relation);
}

void GraphBuilder::addRelations(const QList<Relation> &relations)
{
    m_relations.append(relations);
}

void GraphBuilder::addClaims(const QList<Claim> &claims)
{
    for (const auto &claim : claims) {
        if (claim.review == ReviewState::Rejected)
            continue;
        ++m_claimCounts[claim.relationId];
        m_claimArticles[claim.relationId].insert(claim.articleId);
    }
}

void GraphBuilder::setEvidence(qint64 relationId, const QString &sentence)
{
    m_evidence.insert(relationId, sentence);
}

GraphData GraphBuilder::build() const
{
    GraphData graph;
    graph.nodes = m_nodes;
    m_skipped = 0;
    for (const auto &relation : m_relations) {
        const int source = graph.indexOf(relation.sourceId);
        const int target = relation.targetId ? graph.indexOf(*relation.targetId) : -1;
        if (source < 0 || target < 0) {
            ++m_skipped;
            continue;
        }
        GraphEdge edge;
        edge.relationId = relation.id;
        edge.type = relation.type;
        edge.source = source;
        edge.target = target;
        edge.status = relation.status;
        edge.date = relation.date;
        edge.amount = relation.amount;
        edge.stakePercent = relation.stakePercent;
        edge.role = relation.role;
        edge.claimCount = relation.claimCount > 0 ? relation.claimCount : m_claimCounts.value(relation.id);
        edge.articleCount = relation.articleCount > 0 ? relation.articleCount
                                                      : int(m_claimArticles.value(relation.id).size());
        edge.evidence = m_evidence.value(relation.id);
        graph.addEdge(edge);
    }
    graph.recomputeDegrees();
    // An entity the caller gave no article count for still shows how much it
    // is talked about through its best-attested relation.
    for (const auto &edge : std::as_const(graph.edges)) {
        for (int end : {edge.source, edge.target}) {
            if (!m_nodes[end].articleCount)
                graph.nodes[end].articleCount = std::max(graph.nodes[end].articleCount, edge.articleCount);
        }
    }
    return graph;
}

} // namespace liaison
