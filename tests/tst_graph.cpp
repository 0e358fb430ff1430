#include "graph/graphanalytics.h"
#include "graph/graphdata.h"
#include "graph/graphexport.h"
#include "graph/graphlayout.h"
#include "graph/graphstyle.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace liaison;

Q_DECLARE_METATYPE(liaison::GraphFilter)

namespace {

Entity entity(qint64 id, EntityType type, const char *name)
{
    Entity e;
    e.id = id;
    e.type = type;
    e.name = QString::fromUtf8(name);
    return e;
}

Relation relation(qint64 id, RelationType type, qint64 source, std::optional<qint64> target,
                  Status status = Status::Completed, const char *date = "", int articles = 1)
{
    Relation r;
    r.id = id;
    r.type = type;
    r.sourceId = source;
    r.targetId = target;
    r.status = status;
    r.date = QString::fromLatin1(date);
    r.articleCount = articles;
    r.claimCount = articles;
    return r;
}

// A chain 1-2-3-4-5 plus a few side branches, small enough to reason about:
//   Helio(1) acquired Quanta(2); Quanta(2) <- founded by Ana(3);
//   Ana(3) worked at Borealis(4); Borealis(4) competes with Cirrus(5);
//   Helio(1) makes Lumen(6) (owns), Fonds Vert(7) invested in Quanta(2).
GraphBuilder sampleBuilder()
{
    GraphBuilder builder;
    builder.addEntities({entity(1, EntityType::Company, "Helio Systems"), entity(2, EntityType::Company, "Quanta"),
                         entity(3, EntityType::Person, "Ana Duarte"), entity(4, EntityType::Company, "Borealis"),
                         entity(5, EntityType::Company, "Cirrus Labs"), entity(6, EntityType::Product, "Lumen"),
                         entity(7, EntityType::Organization, "Fonds Vert")});
    Relation deal = relation(10, RelationType::Acquired, 1, 2, Status::Talks, "2024-06", 3);
    deal.amount = Amount{1.2e9, QStringLiteral("EUR")};
    builder.addRelations({deal, relation(11, RelationType::Founded, 3, 2, Status::Completed, "2019", 1),
                          relation(12, RelationType::WorkedAt, 3, 4, Status::Completed, "", 2),
                          relation(13, RelationType::CompetesWith, 4, 5, Status::Completed, "2025-01-15", 1),
                          relation(14, RelationType::Owns, 1, 6, Status::Announced, "2023-11-02", 1),
                          relation(15, RelationType::InvestedIn, 7, 2, Status::Failed, "2022", 1),
                          relation(16, RelationType::Raised, 2, std::nullopt, Status::Completed, "2024", 1),
                          relation(17, RelationType::Acquired, 1, 99, Status::Completed, "2024", 1)});
    builder.setEvidence(10, QStringLiteral("Helio Systems is in talks to buy Quanta for €1.2bn."));
    return builder;
}

GraphData sample()
{
    return sampleBuilder().build();
}

GraphData randomGraph(int nodes, int edges, quint32 seed)
{
    QRandomGenerator rng(seed);
    GraphData graph;
    for (int i = 0; i < nodes; ++i) {
        GraphNode node;
        node.entityId = i + 1;
        node.name = QStringLiteral("Node %1").arg(i);
        node.type = static_cast<EntityType>(i % 4);
        graph.addNode(node);
    }
    for (int i = 0; i < edges; ++i) {
        GraphEdge edge;
        edge.relationId = i + 1;
        edge.type = RelationType::PartnersWith;
        edge.source = int(rng.bounded(nodes));
        edge.target = int(rng.bounded(nodes));
        graph.addEdge(edge);
    }
    graph.recomputeDegrees();
    return graph;
}

struct Parsed {
    int nodes = 0;
    int edges = 0;
    QHash<QString, QString> edgeAttributes; // of the edge with id "e10"
    QStringList keys;                       // declared keys / attributes
    QString e10Start;
    QString error;
};

Parsed parseGraphML(const QByteArray &bytes)
{
    Parsed parsed;
    QXmlStreamReader xml(bytes);
    QString currentEdge;
    QHash<QString, QString> keyNames;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1StringView("key")) {
            keyNames.insert(xml.attributes().value(QLatin1StringView("id")).toString(),
                            xml.attributes().value(QLatin1StringView("attr.name")).toString());
            parsed.keys.append(xml.attributes().value(QLatin1StringView("for")).toString() + u':'
                               + xml.attributes().value(QLatin1StringView("attr.name")).toString());
        } else if (name == QLatin1StringView("node")) {
            ++parsed.nodes;
            currentEdge.clear();
        } else if (name == QLatin1StringView("edge")) {
            ++parsed.edges;
            currentEdge = xml.attributes().value(QLatin1StringView("id")).toString();
        } else if (name == QLatin1StringView("data") && currentEdge == QLatin1StringView("e10")) {
            const QString key = keyNames.value(xml.attributes().value(QLatin1StringView("key")).toString());
            parsed.edgeAttributes.insert(key, xml.readElementText());
        }
    }
    if (xml.hasError())
        parsed.error = xml.errorString();
    return parsed;
}

Parsed parseGexf(const QByteArray &bytes)
{
    Parsed parsed;
    QXmlStreamReader xml(bytes);
    QString currentEdge;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        const auto attributes = xml.attributes();
        if (name == QLatin1StringView("gexf") && xml.namespaceUri() != QLatin1StringView("http://gexf.net/1.3"))
            parsed.error = QStringLiteral("wrong namespace");
        if (name == QLatin1StringView("attribute")) {
            parsed.keys.append(attributes.value(QLatin1StringView("id")).toString());
        } else if (name == QLatin1StringView("node")) {
            ++parsed.nodes;
            currentEdge.clear();
        } else if (name == QLatin1StringView("edge")) {
            ++parsed.edges;
            currentEdge = attributes.value(QLatin1StringView("id")).toString();
            if (currentEdge == QLatin1StringView("e10"))
                parsed.e10Start = attributes.value(QLatin1StringView("start")).toString();
        } else if (name == QLatin1StringView("attvalue") && currentEdge == QLatin1StringView("e10")) {
            parsed.edgeAttributes.insert(attributes.value(QLatin1StringView("for")).toString(),
                                         attributes.value(QLatin1StringView("value")).toString());
        }
    }
    if (xml.hasError())
        parsed.error = xml.errorString();
    return parsed;
}

} // namespace

class tst_Graph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builderMakesOneNodePerEntity();
    void builderCountsFromClaims();
    void egoNetwork_data();
    void egoNetwork();
    void filter_data();
    void filter();
    void hideIsolated();
    void mergeKeepsPositions();
    void dateInterval_data();
    void dateInterval();
    void layoutIsDeterministic();
    void layoutSpreadsNodes();
    void pinnedNodesStay();
    void incrementalLayoutMovesLittle();
    void largeLayoutUsesGrid();
    void largeLayoutSpreadsEvenly();
    void nearestDistance_data();
    void nearestDistance();
    void mostConnected();
    void components();
    void graphml();
    void gexf();
    void dot();
    void formatNames();
};

void tst_Graph::builderMakesOneNodePerEntity()
{
    GraphBuilder builder = sampleBuilder();
    const GraphData graph = builder.build();
    QCOMPARE(graph.nodeCount(), 7);
    // raised (no target) and the relation to unknown entity 99 are left out.
    QCOMPARE(graph.edgeCount(), 6);
    QCOMPARE(builder.skippedRelations(), 2);
    const int helio = graph.indexOf(1);
    const int quanta = graph.indexOf(2);
    QVERIFY(helio >= 0 && quanta >= 0);
    QCOMPARE(graph.nodes[quanta].degree, 3);
    QCOMPARE(graph.nodes[helio].degree, 2);
    const GraphEdge &deal = graph.edges[graph.indexOfRelation(10)];
    QCOMPARE(deal.source, helio);
    QCOMPARE(deal.target, quanta);
    QVERIFY(deal.status == Status::Talks);
    QCOMPARE(deal.amount->currency, QStringLiteral("EUR"));
    QVERIFY(deal.evidence.contains(QLatin1StringView("talks")));
    // No article count given: the node shows its best-attested relation's.
    QCOMPARE(graph.nodes[quanta].articleCount, 3);
    // Adding the same entity twice does not duplicate it.
    builder.addEntity(entity(1, EntityType::Company, "Helio again"));
    QCOMPARE(builder.build().nodeCount(), 7);
}

void tst_Graph::builderCountsFromClaims()
{
    GraphBuilder builder;
    builder.addEntities({entity(1, EntityType::Company, "A"), entity(2, EntityType::Company, "B")});
    Relation r = relation(5, RelationType::PartnersWith, 1, 2);
    r.claimCount = 0;
    r.articleCount = 0;
    builder.addRelation(r);
    QList<Claim> claims;
    for (int i = 0; i < 4; ++i) {
        Claim c;
        c.id = i + 1;
        c.relationId = 5;
        c.articleId = 100 + i / 2; // two articles, two claims each
        claims.append(c);
    }
    Claim rejected;
    rejected.relationId = 5;
    rejected.articleId = 300;
    rejected.review = ReviewState::Rejected;
    claims.append(rejected);
    builder.addClaims(claims);
    builder.setArticleCount(1, 7);
    const GraphData graph = builder.build();
    QCOMPARE(graph.edges.at(0).claimCount, 4);
    QCOMPARE(graph.edges.at(0).articleCount, 2);
    QCOMPARE(graph.nodes.at(graph.indexOf(1)).articleCount, 7);
}

void tst_Graph::egoNetwork_data()
{
    QTest::addColumn<qint64>("center");
    QTest::addColumn<int>("hops");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("cirrus, 1 hop") << qint64(5) << 1 << QList<qint64>{4, 5};
    QTest::newRow("cirrus, 2 hops") << qint64(5) << 2 << QList<qint64>{3, 4, 5};
    QTest::newRow("cirrus, 3 hops") << qint64(5) << 3 << QList<qint64>{2, 3, 4, 5};
    QTest::newRow("quanta, 1 hop, incoming edges count") << qint64(2) << 1 << QList<qint64>{1, 2, 3, 7};
    QTest::newRow("lumen, 0 hops") << qint64(6) << 0 << QList<qint64>{6};
    QTest::newRow("hops clamped to 3") << qint64(5) << 9 << QList<qint64>{2, 3, 4, 5};
    QTest::newRow("unknown centre") << qint64(42) << 2 << QList<qint64>{};
}

void tst_Graph::egoNetwork()
{
    QFETCH(qint64, center);
    QFETCH(int, hops);
    QFETCH(QList<qint64>, expected);
    const GraphData ego = sample().egoNetwork(center, hops);
    QList<qint64> ids;
    for (const auto &node : ego.nodes)
        ids.append(node.entityId);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, expected);
    // Every edge between kept nodes is kept, with valid remapped endpoints.
    for (const auto &edge : ego.edges) {
        QVERIFY(edge.source >= 0 && edge.source < ego.nodeCount());
        QVERIFY(edge.target >= 0 && edge.target < ego.nodeCount());
    }
    if (center == 2 && hops == 1)
        QCOMPARE(ego.edgeCount(), 3); // acquired, founded, invested_in
}

void tst_Graph::filter_data()
{
    QTest::addColumn<GraphFilter>("filter");
    QTest::addColumn<QList<qint64>>("visibleRelations");

    QTest::newRow("open") << GraphFilter{} << QList<qint64>{10, 11, 12, 13, 14, 15};
    GraphFilter acquisitions;
    acquisitions.relationTypes = GraphFilter::relationTypeBit(RelationType::Acquired)
                                 | GraphFilter::relationTypeBit(RelationType::Owns);
    QTest::newRow("relation types") << acquisitions << QList<qint64>{10, 14};
    GraphFilter done;
    done.statuses = GraphFilter::statusBit(Status::Completed) | GraphFilter::statusBit(Status::Announced);
    QTest::newRow("statuses") << done << QList<qint64>{11, 12, 13, 14};
    GraphFilter companies;
    companies.entityTypes = entityTypeBit(EntityType::Company);
    QTest::newRow("entity types hide edges to other types") << companies << QList<qint64>{10, 13};
    GraphFilter recent;
    recent.from = QDate(2024, 1, 1);
    QTest::newRow("from 2024, undated kept") << recent << QList<qint64>{10, 12, 13};
    recent.keepUndated = false;
    QTest::newRow("from 2024, undated dropped") << recent << QList<qint64>{10, 13};
    GraphFilter window;
    window.from = QDate(2023, 1, 1);
    window.to = QDate(2024, 6, 10); // overlaps June 2024
    window.keepUndated = false;
    QTest::newRow("window overlapping imprecise date") << window << QList<qint64>{10, 14};
    GraphFilter wellSourced;
    wellSourced.minArticles = 2;
    QTest::newRow("min articles") << wellSourced << QList<qint64>{10, 12};
}

void tst_Graph::filter()
{
    QFETCH(GraphFilter, filter);
    QFETCH(QList<qint64>, visibleRelations);
    const GraphData graph = sample();
    const GraphData kept = graph.filtered(filter);
    QList<qint64> ids;
    for (const auto &edge : kept.edges)
        ids.append(edge.relationId);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, visibleRelations);
    QCOMPARE(filter.isOpen(), visibleRelations.size() == 6);
}

void tst_Graph::hideIsolated()
{
    GraphFilter filter;
    filter.relationTypes = GraphFilter::relationTypeBit(RelationType::CompetesWith);
    QCOMPARE(sample().filtered(filter).nodeCount(), 7);
    filter.hideIsolated = true;
    const GraphData kept = sample().filtered(filter);
    QCOMPARE(kept.nodeCount(), 2);
    QCOMPARE(kept.edgeCount(), 1);
    QCOMPARE(kept.nodes[0].degree, 1);
}

void tst_Graph::mergeKeepsPositions()
{
    GraphData graph = sample().egoNetwork(5, 1); // Borealis, Cirrus
    const int borealis = graph.indexOf(4);
    graph.nodes[borealis].position = QPointF(10, 20);
    graph.nodes[borealis].pinned = true;
    GraphData more = sample().egoNetwork(4, 1); // Borealis, Cirrus, Ana
    more.nodes[more.indexOf(4)].position = QPointF(-500, -500);
    QCOMPARE(graph.merge(more), 1);
    QCOMPARE(graph.nodeCount(), 3);
    QCOMPARE(graph.edgeCount(), 2);
    QCOMPARE(graph.nodes[borealis].position, QPointF(10, 20));
    QVERIFY(graph.nodes[borealis].pinned);
    QCOMPARE(graph.nodes[borealis].degree, 2);
    QCOMPARE(graph.merge(more), 0); // idempotent
    QCOMPARE(graph.edgeCount(), 2);
}

void tst_Graph::dateInterval_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("day") << QStringLiteral("2025-06-12") << QDate(2025, 6, 12) << QDate(2025, 6, 12);
    QTest::newRow("month") << QStringLiteral("2024-02") << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("year") << QStringLiteral("2023") << QDate(2023, 1, 1) << QDate(2023, 12, 31);
    QTest::newRow("empty") << QString() << QDate() << QDate();
    QTest::newRow("garbage") << QStringLiteral("soon") << QDate() << QDate();
}

void tst_Graph::dateInterval()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const auto interval = liaison::dateInterval(text);
    QCOMPARE(interval.first, start);
    QCOMPARE(interval.second, end);
}

void tst_Graph::layoutIsDeterministic()
{
    const GraphData graph = randomGraph(60, 90, 7);
    LayoutOptions options;
    options.seed = 1234;
    const QList<QPointF> a = GraphLayout::compute(graph, options);
    const QList<QPointF> b = GraphLayout::compute(graph, options);
    QCOMPARE(a.size(), 60);
    QCOMPARE(a, b);
    options.seed = 99;
    QVERIFY(GraphLayout::compute(graph, options) != a);
}

void tst_Graph::layoutSpreadsNodes()
{
    const GraphData graph = sample();
    const QList<QPointF> positions = GraphLayout::compute(graph);
    QCOMPARE(positions.size(), graph.nodeCount());
    QRectF bounds;
    double closest = 1e9;
    for (int i = 0; i < positions.size(); ++i) {
        QVERIFY(std::isfinite(positions[i].x()) && std::isfinite(positions[i].y()));
        bounds |= QRectF(positions[i], QSizeF(1, 1));
        for (int j = 0; j < i; ++j)
            closest = std::min(closest, QLineF(positions[i], positions[j]).length());
    }
    // Nodes are neither stacked nor flung apart: a few hundred scene units.
    QVERIFY2(closest > 20, qPrintable(QString::number(closest)));
    QVERIFY2(bounds.width() < 2000 && bounds.height() < 2000, qPrintable(QString::number(bounds.width())));
    QVERIFY(bounds.width() > 100 || bounds.height() > 100);
}

void tst_Graph::pinnedNodesStay()
{
    GraphData graph = randomGraph(40, 60, 3);
    graph.nodes[0].pinned = true;
    graph.nodes[0].position = QPointF(1000, -1000);
    graph.nodes[5].pinned = true;
    graph.nodes[5].position = QPointF(-250.5, 75.25);
    const QList<QPointF> positions = GraphLayout::compute(graph);
    QCOMPARE(positions[0], QPointF(1000, -1000));
    QCOMPARE(positions[5], QPointF(-250.5, 75.25));
    // The others moved away from the origin they would share otherwise.
    QVERIFY(positions[1] != positions[2]);
}

void tst_Graph::incrementalLayoutMovesLittle()
{
    GraphData graph = randomGraph(50, 80, 11);
    GraphLayout::apply(graph, GraphLayout::compute(graph));
    const QList<QPointF> before = GraphLayout::compute(graph, {});
    GraphLayout::apply(graph, before);
    LayoutOptions options;
    options.useExistingPositions = true;
    options.iterations = 50;
    const QList<QPointF> after = GraphLayout::compute(graph, options);
    double moved = 0;
    for (int i = 0; i < after.size(); ++i)
        moved += QLineF(before[i], after[i]).length();
    moved /= after.size();
    QVERIFY2(moved < 90, qPrintable(QString::number(moved)));
}

void tst_Graph::largeLayoutUsesGrid()
{
    // Correctness at the size the grid variant takes over; timing is in
    // tests/bench/bench_graph_layout.
    const GraphData graph = randomGraph(1500, 4000, 5);
    LayoutOptions options;
    options.iterations = 50;
    const QList<QPointF> positions = GraphLayout::compute(graph, options);
    QCOMPARE(positions.size(), 1500);
    QSet<std::pair<int, int>> distinct;
    for (const auto &p : positions) {
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
        distinct.insert({int(p.x()), int(p.y())});
    }
    QVERIFY(distinct.size() > 1400);
}

void tst_Graph::largeLayoutSpreadsEvenly()
{
    // igraph alone packs most nodes of a large graph into an overlapping
    // core; the spread layout puts nodes about neighbourDiameters mean
    // diameters apart, so a screenful around the middle holds tens of nodes,
    // not the whole graph, and no far outlier sets the fit-to-view zoom.
    const GraphData graph = randomGraph(2000, 6000, 9);
    LayoutOptions packed;
    packed.iterations = 60;
    packed.neighbourDiameters = 0;
    LayoutOptions spread = packed;
    spread.neighbourDiameters = 1.5;
    double meanRadius = 0;
    for (const auto &node : graph.nodes)
        meanRadius += GraphStyle::nodeRadius(node.degree) / graph.nodeCount();
    const QList<QPointF> before = GraphLayout::compute(graph, packed);
    const QList<QPointF> after = GraphLayout::compute(graph, spread);
    QVERIFY(GraphLayout::medianNearestDistance(before) < meanRadius); // overlapping: why this exists
    const double nearest = GraphLayout::medianNearestDistance(after);
    QVERIFY2(nearest > 2 * meanRadius * 1.2 && nearest < 2 * meanRadius * 1.8, qPrintable(QString::number(nearest)));
    QPointF middle;
    for (const QPointF &p : after)
        middle += p / after.size();
    int inScreen = 0;
    QRectF bounds;
    for (const QPointF &p : after) {
        inScreen += QRectF(middle - QPointF(640, 400), QSizeF(1280, 800)).contains(p) ? 1 : 0;
        bounds |= QRectF(p, QSizeF(1, 1));
    }
    QVERIFY2(inScreen > 10 && inScreen < 200, qPrintable(QString::number(inScreen)));
    // Evenly filled, no outliers: the farthest node is hardly farther from
    // the middle than the 95th percentile (a disc of even density: 2.6 %).
    QList<double> distances;
    for (const QPointF &p : after)
        distances.append(QLineF(middle, p).length());
    std::sort(distances.begin(), distances.end());
    QVERIFY2(distances.last() < 1.1 * distances[distances.size() * 95 / 100],
             qPrintable(QStringLiteral("%1 %2").arg(distances.last()).arg(distances[distances.size() * 95 / 100])));
    Q_UNUSED(bounds);
    // Deterministic still.
    QCOMPARE(GraphLayout::compute(graph, spread), after);
}

void tst_Graph::nearestDistance_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<double>("expected");
    QList<QPointF> grid;
    for (int i = 0; i < 400; ++i)
        grid.append(QPointF((i % 20) * 5.0, (i / 20) * 5.0));
    QTest::newRow("grid") << grid << 5.0;
    QList<QPointF> pairs; // pairs 1 apart, far from each other, plus an outlier
    for (int i = 0; i < 50; ++i)
        pairs << QPointF(i * 100.0, 0) << QPointF(i * 100.0, 1);
    pairs << QPointF(1e6, -1e6);
    QTest::newRow("pairs and an outlier") << pairs << 1.0;
    QTest::newRow("one point") << QList<QPointF>{QPointF(3, 4)} << 0.0;
    QTest::newRow("two points") << QList<QPointF>{QPointF(0, 0), QPointF(3, 4)} << 5.0;
}

void tst_Graph::nearestDistance()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(double, expected);
    QCOMPARE(GraphLayout::medianNearestDistance(points), expected);
}

void tst_Graph::mostConnected()
{
    const GraphData graph = sample();
    const auto top = GraphAnalytics::mostConnected(graph, 3);
    QCOMPARE(top.size(), 3);
    QCOMPARE(graph.nodes[top[0].node].name, QStringLiteral("Quanta"));
    QCOMPARE(top[0].degree, 3);
    // Ties at degree 2 are broken by name: Ana Duarte, Borealis, Helio Systems.
    QCOMPARE(graph.nodes[top[1].node].name, QStringLiteral("Ana Duarte"));
    QCOMPARE(graph.nodes[top[2].node].name, QStringLiteral("Borealis"));
    const auto people = GraphAnalytics::mostConnected(graph, 10, entityTypeBit(EntityType::Person));
    QCOMPARE(people.size(), 1);
    QCOMPARE(GraphAnalytics::degrees(graph), (QList<int>{2, 3, 2, 2, 1, 1, 1}));
}

void tst_Graph::components()
{
    GraphData graph = sample();
    GraphNode loner;
    loner.entityId = 50;
    loner.name = QStringLiteral("Alone");
    graph.addNode(loner);
    int count = 0;
    const QList<int> component = GraphAnalytics::components(graph, &count);
    QCOMPARE(count, 2);
    QCOMPARE(component[graph.indexOf(50)], 1); // the smaller one
    QCOMPARE(component[graph.indexOf(1)], component[graph.indexOf(5)]);
}

void tst_Graph::graphml()
{
    const GraphData graph = sample();
    const Parsed parsed = parseGraphML(GraphExporter::toByteArray(graph, GraphFormat::GraphML));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.nodes, graph.nodeCount());
    QCOMPARE(parsed.edges, graph.edgeCount());
    for (const char *key : {"node:type", "node:articles", "edge:relation", "edge:status", "edge:date", "edge:amount",
                            "edge:currency", "edge:articles"})
        QVERIFY2(parsed.keys.contains(QLatin1StringView(key)), key);
    QCOMPARE(parsed.edgeAttributes.value(QStringLiteral("relation")), QStringLiteral("acquired"));
    QCOMPARE(parsed.edgeAttributes.value(QStringLiteral("status")), QStringLiteral("talks"));
    QCOMPARE(parsed.edgeAttributes.value(QStringLiteral("date")), QStringLiteral("2024-06"));
    QCOMPARE(parsed.edgeAttributes.value(QStringLiteral("amount")).toDouble(), 1.2e9);
    QCOMPARE(parsed.edgeAttributes.value(QStringLiteral("currency")), QStringLiteral("EUR"));
    QCOMPARE(parsed.edgeAttributes.value(QStringLiteral("articles")), QStringLiteral("3"));
}

void tst_Graph::gexf()
{
    GraphData graph = sample();
    graph.nodes[0].name = QStringLiteral("Société <Générale> & \"Co\"");
    const QByteArray bytes = GraphExporter::toByteArray(graph, GraphFormat::Gexf);
    const Parsed parsed = parseGexf(bytes);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.nodes, graph.nodeCount());
    QCOMPARE(parsed.edges, graph.edgeCount());
    QVERIFY(parsed.keys.contains(QStringLiteral("type")));
    QVERIFY(parsed.keys.contains(QStringLiteral("currency")));
    QCOMPARE(parsed.e10Start, QStringLiteral("2024-06-01")); // full date for Gephi's timeline
    QCOMPARE(parsed.edgeAttributes.value(QStringLiteral("status")), QStringLiteral("talks"));
    QCOMPARE(parsed.edgeAttributes.value(QStringLiteral("currency")), QStringLiteral("EUR"));
    QVERIFY(bytes.contains("timeformat=\"date\""));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Société &lt;Générale&gt; &amp; &quot;Co&quot;")));
}

void tst_Graph::dot()
{
    GraphData graph = sample();
    graph.nodes[0].name = QStringLiteral("Say \"hi\"\\");
    const QString text = QString::fromUtf8(GraphExporter::toByteArray(graph, GraphFormat::Dot));
    QVERIFY(text.startsWith(QLatin1StringView("digraph liaison {")));
    QVERIFY(text.trimmed().endsWith(u'}'));
    QCOMPARE(text.count(QLatin1StringView(" -> ")), graph.edgeCount());
    QCOMPARE(text.count(QLatin1StringView(", shape=")), graph.nodeCount());
    QVERIFY(text.contains(QLatin1StringView("label=\"Say \\\"hi\\\"\\\\\"")));
    QVERIFY(text.contains(QLatin1StringView("\"n4\" -> \"n5\" [label=\"competes_with\"")));
    QVERIFY(text.contains(QLatin1StringView("dir=none")));
    QVERIFY(text.contains(QLatin1StringView("style=dashed"))); // talks
    QVERIFY(text.contains(QLatin1StringView("shape=diamond"))); // the product
}

void tst_Graph::formatNames()
{
    QVERIFY(GraphExporter::formatFromName(u"GraphML") == GraphFormat::GraphML);
    QVERIFY(GraphExporter::formatFromFileName(QStringLiteral("/tmp/x.gexf")) == GraphFormat::Gexf);
    QVERIFY(GraphExporter::formatFromFileName(QStringLiteral("x.gv")) == GraphFormat::Dot);
    QVERIFY(!GraphExporter::formatFromName(u"png"));
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("g.graphml"));
    QVERIFY2(GraphExporter::writeFile(sample(), GraphFormat::GraphML, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(parseGraphML(file.readAll()).nodes, 7);
    QVERIFY(!GraphExporter::writeFile(sample(), GraphFormat::Dot, dir.filePath(QStringLiteral("no/such/dir.dot")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(tst_Graph)
#include "tst_graph.moc"
