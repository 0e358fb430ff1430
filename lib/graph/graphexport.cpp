#include "graphexport.h"

#include "graphstyle.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace liaison {

namespace {

QString nodeId(const GraphNode &node)
{
    return QLatin1StringView("n") + QString::number(node.entityId);
}

QString edgeId(const GraphEdge &edge)
{
    return QLatin1StringView("e") + QString::number(edge.relationId);
}

// A key (GraphML) or attribute (GEXF) declaration.
struct Key {
    const char *id;
    const char *type; // GraphML attr.type; GEXF uses the same names
};

constexpr Key kNodeKeys[] = {{"name", "string"}, {"type", "string"}, {"degree", "int"}, {"articles", "int"}};
constexpr Key kEdgeKeys[] = {{"relation", "string"}, {"status", "string"}, {"date", "string"},
                             {"amount", "double"},   {"currency", "string"}, {"stake", "double"},
                             {"role", "string"},     {"claims", "int"},      {"articles", "int"},
                             {"evidence", "string"}};

// Attribute values of an edge in the order of kEdgeKeys; empty ones are left out.
QList<std::pair<const char *, QString>> edgeValues(const GraphEdge &edge)
{
    QList<std::pair<const char *, QString>> values{{"relation", toString(edge.type)}, {"status", toString(edge.status)}};
    if (!edge.date.isEmpty())
        values.append({"date", edge.date});
    if (edge.amount) {
        values.append({"amount", QString::number(edge.amount->value, 'g', 15)});
        values.append({"currency", edge.amount->currency});
    }
    if (edge.stakePercent)
        values.append({"stake", QString::number(*edge.stakePercent, 'g', 10)});
    if (!edge.role.isEmpty())
        values.append({"role", edge.role});
    values.append({"claims", QString::number(edge.claimCount)});
    values.append({"articles", QString::number(edge.articleCount)});
    if (!edge.evidence.isEmpty())
        values.append({"evidence", edge.evidence});
    return values;
}

QString dotQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\\', QLatin1StringView("\\\\"));
    quoted.replace(u'"', QLatin1StringView("\\\""));
    quoted.replace(u'\n', QLatin1StringView("\\n"));
    return u'"' + quoted + u'"';
}

} // namespace

bool GraphExporter::write(const GraphData &graph, GraphFormat format, QIODevice *device)
{
    switch (format) {
    case GraphFormat::GraphML:
        return writeGraphML(graph, device);
    case GraphFormat::Gexf:
        return writeGexf(graph, device);
    case GraphFormat::Dot:
        return writeDot(graph, device);
    }
    return false;
}

QByteArray GraphExporter::toByteArray(const GraphData &graph, GraphFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(graph, format, &buffer);
    return bytes;
}

bool GraphExporter::writeFile(const GraphData &graph, GraphFormat format, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!write(graph, format, &file) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<GraphFormat> GraphExporter::formatFromName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == QLatin1StringView("graphml"))
        return GraphFormat::GraphML;
    if (lower == QLatin1StringView("gexf"))
        return GraphFormat::Gexf;
    if (lower == QLatin1StringView("dot") || lower == QLatin1StringView("gv"))
        return GraphFormat::Dot;
    return std::nullopt;
}

std::optional<GraphFormat> GraphExporter::formatFromFileName(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

QString GraphExporter::suffix(GraphFormat format)
{
    switch (format) {
    case GraphFormat::GraphML:
        return QStringLiteral("graphml");
    case GraphFormat::Gexf:
        return QStringLiteral("gexf");
    case GraphFormat::Dot:
        return QStringLiteral("dot");
    }
    return {};
}

bool GraphExporter::writeGraphML(const GraphData &graph, QIODevice *device)
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    // Key ids are prefixed by their domain because GraphML key ids share one
    // namespace and both nodes and edges have "articles".
    const auto declare = [&](const Key &key, const char *domain) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1StringView(domain).left(1) + u'_' + QLatin1StringView(key.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1StringView(domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1StringView(key.id));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1StringView(key.type));
        xml.writeEndElement();
    };
    for (const auto &key : kNodeKeys)
        declare(key, "node");
    for (const auto &key : kEdgeKeys)
        declare(key, "edge");

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("liaison"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    const auto data = [&](const QString &key, const QString &value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    for (const auto &node : graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(node));
        data(QStringLiteral("n_name"), node.name);
        data(QStringLiteral("n_type"), toString(node.type));
        data(QStringLiteral("n_degree"), QString::number(node.degree));
        data(QStringLiteral("n_articles"), QString::number(node.articleCount));
        xml.writeEndElement();
    }
    for (const auto &edge : graph.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), edgeId(edge));
        xml.writeAttribute(QStringLiteral("source"), nodeId(graph.nodes[edge.source]));
        xml.writeAttribute(QStringLiteral("target"), nodeId(graph.nodes[edge.target]));
        if (isSymmetric(edge.type))
            xml.writeAttribute(QStringLiteral("directed"), QStringLiteral("false"));
        for (const auto &[key, value] : edgeValues(edge))
            data(QLatin1StringView("e_") + QLatin1StringView(key), value);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return !xml.hasError();
}

bool GraphExporter::writeGexf(const GraphData &graph, QIODevice *device)
{
    const QString viz = QStringLiteral("http://gexf.net/1.3/viz");
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeNamespace(viz, QStringLiteral("viz"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));

    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Liaison"));
    xml.writeTextElement(QStringLiteral("description"), QStringLiteral("Entities and relations found in news articles"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    // Dynamic mode with dates is what makes Gephi's timeline available.
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));

    const auto declare = [&](const char *cls, const auto &keys) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), QLatin1StringView(cls));
        xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
        for (const Key &key : keys) {
            xml.writeStartElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), QLatin1StringView(key.id));
            xml.writeAttribute(QStringLiteral("title"), QLatin1StringView(key.id));
            xml.writeAttribute(QStringLiteral("type"),
                               QLatin1StringView(key.type) == QLatin1StringView("int") ? QStringLiteral("integer")
                                                                                      : QLatin1StringView(key.type));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    declare("node", kNodeKeys);
    declare("edge", kEdgeKeys);

    const auto attvalue = [&](const QString &key, const QString &value) {
        xml.writeEmptyElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), key);
        xml.writeAttribute(QStringLiteral("value"), value);
    };

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const auto &node : graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(node));
        xml.writeAttribute(QStringLiteral("label"), node.name);
        xml.writeStartElement(QStringLiteral("attvalues"));
        attvalue(QStringLiteral("name"), node.name);
        attvalue(QStringLiteral("type"), toString(node.type));
        attvalue(QStringLiteral("degree"), QString::number(node.degree));
        attvalue(QStringLiteral("articles"), QString::number(node.articleCount));
        xml.writeEndElement();
        const QColor color = GraphStyle::entityColor(node.type);
        xml.writeEmptyElement(viz, QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(color.red()));
        xml.writeAttribute(QStringLiteral("g"), QString::number(color.green()));
        xml.writeAttribute(QStringLiteral("b"), QString::number(color.blue()));
        xml.writeEmptyElement(viz, QStringLiteral("position"));
        xml.writeAttribute(QStringLiteral("x"), QString::number(node.position.x(), 'f', 2));
        // GEXF's y axis points up, the scene's down.
        xml.writeAttribute(QStringLiteral("y"), QString::number(-node.position.y(), 'f', 2));
        xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
        xml.writeEmptyElement(viz, QStringLiteral("size"));
        xml.writeAttribute(QStringLiteral("value"), QString::number(4 + 2 * std::sqrt(double(node.degree)), 'f', 2));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("edges"));
    for (const auto &edge : graph.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), edgeId(edge));
        xml.writeAttribute(QStringLiteral("source"), nodeId(graph.nodes[edge.source]));
        xml.writeAttribute(QStringLiteral("target"), nodeId(graph.nodes[edge.target]));
        xml.writeAttribute(QStringLiteral("label"), toString(edge.type));
        xml.writeAttribute(QStringLiteral("kind"), toString(edge.type));
        if (isSymmetric(edge.type))
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("undirected"));
        xml.writeAttribute(QStringLiteral("weight"), QString::number(std::max(1, edge.articleCount)));
        // Gephi's "date" time format wants full dates: an imprecise date starts
        // at the beginning of the period it names.
        const QDate start = dateInterval(edge.date).first;
        if (start.isValid())
            xml.writeAttribute(QStringLiteral("start"), start.toString(Qt::ISODate));
        xml.writeStartElement(QStringLiteral("attvalues"));
        for (const auto &[key, value] : edgeValues(edge))
            attvalue(QLatin1StringView(key), value);
        xml.writeEndElement();
        const QColor color = GraphStyle::relationColor(edge.type);
        xml.writeEmptyElement(viz, QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(color.red()));
        xml.writeAttribute(QStringLiteral("g"), QString::number(color.green()));
        xml.writeAttribute(QStringLiteral("b"), QString::number(color.blue()));
        if (GraphStyle::isTentative(edge.status)) {
            xml.writeEmptyElement(viz, QStringLiteral("shape"));
            xml.writeAttribute(QStringLiteral("value"), QStringLiteral("dashed"));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return !xml.hasError();
}

bool GraphExporter::writeDot(const GraphData &graph, QIODevice *device)
{
    QString out;
    out += QLatin1StringView("digraph liaison {\n"
                             "  graph [overlap=false, splines=true];\n"
                             "  node [style=filled, fontcolor=white, fontname=\"Sans\"];\n"
                             "  edge [fontname=\"Sans\", fontsize=10];\n");
    for (const auto &node : graph.nodes) {
        out += QLatin1StringView("  ") + dotQuote(nodeId(node)) + QLatin1StringView(" [label=") + dotQuote(node.name)
               + QLatin1StringView(", shape=") + QLatin1StringView(GraphStyle::dotShape(node.type))
               + QLatin1StringView(", fillcolor=\"") + GraphStyle::entityColor(node.type).name()
               + QLatin1StringView("\", type=") + toString(node.type) + QLatin1StringView("];\n");
    }
    for (const auto &edge : graph.edges) {
        QStringList attributes{QLatin1StringView("label=") + dotQuote(toString(edge.type)),
                               QLatin1StringView("color=\"") + GraphStyle::relationColor(edge.type).name() + u'"',
                               QLatin1StringView("status=") + toString(edge.status)};
        if (isSymmetric(edge.type))
            attributes.append(QStringLiteral("dir=none"));
        if (GraphStyle::isTentative(edge.status))
            attributes.append(QStringLiteral("style=dashed"));
        else if (GraphStyle::isNegative(edge.status))
            attributes.append(QStringLiteral("style=dotted"));
        if (!edge.date.isEmpty())
            attributes.append(QLatin1StringView("date=") + dotQuote(edge.date));
        if (edge.amount)
            attributes.append(QLatin1StringView("amount=") + QString::number(edge.amount->value, 'g', 15)
                              + QLatin1StringView(", currency=") + dotQuote(edge.amount->currency));
        attributes.append(QLatin1StringView("articles=") + QString::number(edge.articleCount));
        out += QLatin1StringView("  ") + dotQuote(nodeId(graph.nodes[edge.source])) + QLatin1StringView(" -> ")
               + dotQuote(nodeId(graph.nodes[edge.target])) + QLatin1StringView(" [")
               + attributes.join(QLatin1StringView(", ")) + QLatin1StringView("];\n");
    }
    out += QLatin1StringView("}\n");
    const QByteArray bytes = out.toUtf8();
    return device->write(bytes) == bytes.size();
}

} // namespace liaison
