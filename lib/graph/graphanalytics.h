#pragma once

#include "graphdata.h"

#include <QList>

namespace liaison {

// Counts behind the views: degrees, most connected entities, components.
class GraphAnalytics
{
public:
    struct Ranked {
        int node = -1; // index into GraphData::nodes
        int degree = 0;
    };

    // Degree of each node (self-loops count once).
    static QList<int> degrees(const GraphData &graph);
    // The `count` nodes with the highest degree, ties broken by name, keeping
    // only entity types in the mask (bits of entityTypeBit()).
    static QList<Ranked> mostConnected(const GraphData &graph, int count, quint32 entityTypes = 0xffffffffu);
    // Connected component of each node (ignoring direction), numbered from 0
    // by decreasing size.
    static QList<int> components(const GraphData &graph, int *componentCount = nullptr);
};

} // namespace liaison
