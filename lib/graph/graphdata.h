#pragma once

#include "model/entity.h"
#include "model/relation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace liaison {

// One entity drawn in the relationship graph.
struct GraphNode {
    qint64 entityId = 0;
    QString name;
    EntityType type = EntityType::Company;
    int degree = 0;       // incident edges in the graph it belongs to
    int articleCount = 0; // articles that mention the entity
    QPointF position;     // scene coordinates; meaningful once laid out
    bool pinned = false;  // a user placed it: layouts keep it where it is
};

// One relation drawn in the relationship graph, between two node indices.
struct GraphEdge {
    qint64 relationId = 0;
    RelationType type = RelationType::Acquired;
    int source = -1; // index into GraphData::nodes
    int target = -1;
    Status status = Status::Completed;
    QString date; // ISO 8601, as precise as known
    std::optional<Amount> amount;
    std::optional<double> stakePercent;
    QString role;
    int claimCount = 0;
    int articleCount = 0;
    QString evidence; // one sentence that states it, for tooltips
};

// Which parts of a graph to show. Bit masks keep the filter cheap to copy and
// to test for thousands of edges; an empty date bound is open.
struct GraphFilter {
    static constexpr quint32 kAll = 0xffffffffu;
    quint32 relationTypes = kAll; // bits of relationTypeBit()
    quint32 statuses = kAll;      // bits of statusBit()
    quint32 entityTypes = kAll;   // bits of entityTypeBit()
    QDate from;
    QDate to;
    bool keepUndated = true; // edges without a date pass a date range
    int minArticles = 0;     // edges stated by fewer articles are hidden
    bool hideIsolated = false; // nodes left without a visible edge are hidden

    static constexpr quint32 relationTypeBit(RelationType t) { return 1u << static_cast<unsigned>(t); }
    static constexpr quint32 statusBit(Status s) { return 1u << static_cast<unsigned>(s); }

    bool acceptsNode(const GraphNode &node) const;
    // Whether the edge passes on its own attributes (not its endpoints').
    bool acceptsEdge(const GraphEdge &edge) const;
    bool isOpen() const;
    friend bool operator==(const GraphFilter &, const GraphFilter &) = default;
};

// The interval an imprecise ISO date covers: "2025-06" is June 1st to 30th.
// Both dates are null when the text is not a date.
std::pair<QDate, QDate> dateInterval(QStringView isoDate);

// A graph of entities and relations, ready to lay out, draw or export.
class GraphData
{
public:
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;

    int nodeCount() const { return int(nodes.size()); }
    int edgeCount() const { return int(edges.size()); }
    bool isEmpty() const { return nodes.isEmpty(); }

    // Index of the node for an entity, or -1.
    int indexOf(qint64 entityId) const;
    int indexOfRelation(qint64 relationId) const;

    // Adds a node, or returns the index of the one with the same entity id.
    int addNode(const GraphNode &node);
    // Adds an edge between valid node indices; a relation id already present
    // is updated in place. Returns its index, or -1 when endpoints are invalid.
    int addEdge(const GraphEdge &edge);

    void recomputeDegrees();

    // Nodes within `hops` edges of the entity (either direction), with the
    // edges between them. Empty when the entity is not in the graph.
    GraphData egoNetwork(qint64 centerEntityId, int hops) const;

    // Per node and edge, whether the filter shows it. An edge is shown when it
    // passes and both its endpoints are shown.
    void visibility(const GraphFilter &filter, QList<bool> *nodeVisible, QList<bool> *edgeVisible) const;
    // A new graph of what the filter shows, degrees recomputed.
    GraphData filtered(const GraphFilter &filter) const;
    // A new graph of the given nodes and the edges between them.
    GraphData subgraph(const QList<bool> &keepNode, const QList<bool> *keepEdge = nullptr) const;

    // Adds the other graph's nodes and edges not yet present (by entity and
    // relation id); existing nodes keep their positions and pins. Returns the
    // number of nodes added.
    int merge(const GraphData &other);

private:
    void rebuildIndex() const;
    mutable QHash<qint64, int> m_nodeIndex;
    mutable QHash<qint64, int> m_edgeIndex;
    mutable qsizetype m_indexedNodes = -1;
    mutable qsizetype m_indexedEdges = -1;
};

// Builds a GraphData from the model's value types, as the stores return them.
// One node per entity; one edge per relation with a target whose endpoints are
// both known (a `raised` relation has no target and is not an edge).
class GraphBuilder
{
public:
    void addEntity(const Entity &entity, int articleCount = 0);
    void addEntities(const QList<Entity> &entities);
    void setArticleCount(qint64 entityId, int articleCount);
    void addRelation(const Relation &relation);
    void addRelations(const QList<Relation> &relations);
    // Claims fill a relation's claim and article counts when the relation does
    // not carry them; rejected claims do not count.
    void addClaims(const QList<Claim> &claims);
    void setEvidence(qint64 relationId, const QString &sentence);

    GraphData build() const;
    // Relations left out by the last build() (no target, unknown endpoint).
    int skippedRelations() const { return m_skipped; }

private:
    QList<GraphNode> m_nodes;
    QHash<qint64, int> m_nodeIndex;
    QList<Relation> m_relations;
    QHash<qint64, QSet<qint64>> m_claimArticles; // relation id -> articles
    QHash<qint64, int> m_claimCounts;
    QHash<qint64, QString> m_evidence;
    mutable int m_skipped = 0;
};

} // namespace liaison
