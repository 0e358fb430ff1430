#include "graphanalytics.h"

#include <algorithm>
#include <numeric>

namespace liaison {

QList<int> GraphAnalytics::degrees(const GraphData &graph)
{
    QList<int> result(graph.nodes.size(), 0);
    for (const auto &edge : graph.edges) {
        ++result[edge.source];
        if (edge.target != edge.source)
            ++result[edge.target];
    }
    return result;
}

QList<GraphAnalytics::Ranked> GraphAnalytics::mostConnected(const GraphData &graph, int count, quint32 entityTypes)
{
    const QList<int> degree = degrees(graph);
    QList<Ranked> ranked;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (entityTypes & entityTypeBit(graph.nodes[i].type))
            ranked.append({i, degree[i]});
    }
    const auto before = [&](const Ranked &a, const Ranked &b) {
        if (a.degree != b.degree)
            return a.degree > b.degree;
        return graph.nodes[a.node].name.localeAwareCompare(graph.nodes[b.node].name) < 0;
    };
    const qsizetype keep = std::clamp<qsizetype>(count, 0, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(), before);
    ranked.resize(keep);
    return ranked;
}

QList<int> GraphAnalytics::components(const GraphData &graph, int *componentCount)
{
    // Union-find with path halving: linear enough for hundreds of thousands of edges.
    QList<int> parent(graph.nodes.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (const auto &edge : graph.edges) {
        const int a = find(edge.source), b = find(edge.target);
        if (a != b)
            parent[a] = b;
    }
    QHash<int, int> sizes;
    for (int i = 0; i < parent.size(); ++i)
        ++sizes[find(i)];
    QList<int> roots = sizes.keys();
    std::sort(roots.begin(), roots.end(), [&](int a, int b) {
        return sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b;
    });
    QHash<int, int> number;
    for (int i = 0; i < roots.size(); ++i)
        number.insert(roots[i], i);
    QList<int> result(parent.size());
    for (int i = 0; i < parent.size(); ++i)
        result[i] = number.value(find(i));
    if (componentCount)
        *componentCount = int(roots.size());
    return result;
}

} // namespace liaison
