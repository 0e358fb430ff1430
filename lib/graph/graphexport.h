#pragma once

#include "graphdata.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace liaison {

enum class GraphFormat { GraphML, Gexf, Dot };

// Writes a GraphData as GraphML (Cytoscape, yEd), GEXF 1.3 (Gephi, with edge
// start dates for its timeline) or DOT (Graphviz). One node per entity.
class GraphExporter
{
public:
    static bool write(const GraphData &graph, GraphFormat format, QIODevice *device);
    static QByteArray toByteArray(const GraphData &graph, GraphFormat format);
    // Writes atomically (QSaveFile); on failure `error` says why.
    static bool writeFile(const GraphData &graph, GraphFormat format, const QString &path, QString *error = nullptr);

    // "graphml", "gexf", "dot" (case-insensitive; "gv" for dot).
    static std::optional<GraphFormat> formatFromName(QStringView name);
    // From a file name's suffix.
    static std::optional<GraphFormat> formatFromFileName(const QString &path);
    static QString suffix(GraphFormat format);

private:
    static bool writeGraphML(const GraphData &graph, QIODevice *device);
    static bool writeGexf(const GraphData &graph, QIODevice *device);
    static bool writeDot(const GraphData &graph, QIODevice *device);
};

} // namespace liaison
