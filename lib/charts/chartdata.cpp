#include "chartdata.h"

#include "graph/graphdata.h"
#include "storage/database.h"

namespace liaison {

ChartFilter chartFilterFromGraphFilter(const GraphFilter &filter)
{
    ChartFilter chart;
    if ((filter.relationTypes & GraphFilter::kAll) != GraphFilter::kAll) {
        for (RelationType t : allRelationTypes()) {
            if (filter.relationTypes & GraphFilter::relationTypeBit(t))
                chart.relationTypes.insert(t);
        }
    }
    if ((filter.statuses & GraphFilter::kAll) != GraphFilter::kAll) {
        for (Status s : allStatuses()) {
            if (filter.statuses & GraphFilter::statusBit(s))
                chart.statuses.insert(s);
        }
    }
    chart.from = filter.from;
    chart.to = filter.to;
    return chart;
}

const ChartBar *ChartData::bar(const QString &category, const QString &seriesName) const
{
    for (const ChartBar &b : bars) {
        if (b.category == category && b.series == seriesName)
            return &b;
    }
    return nullptr;
}

double ChartData::categoryTotal(const QString &category) const
{
    double total = 0;
    for (const ChartBar &b : bars) {
        if (b.category == category)
            total += b.value;
    }
    return total;
}

ChartData loadChartData(Database &db, ChartKind kind, const ChartFilter &filter)
{
    Q_UNUSED(db);
    Q_UNUSED(filter);
    ChartData data;
    data.kind = kind;
    data.title = chartKindTitle(kind);
    return data;
}

} // namespace liaison
