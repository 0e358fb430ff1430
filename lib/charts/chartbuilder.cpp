#include "chartbuilder.h"

namespace liaison {

QChart *buildChart(const ChartData &data, QGraphicsItem *parent)
{
    auto *chart = new QChart(parent);
    chart->setTitle(data.title);
    return chart;
}

const ChartBar *chartBarAt(const ChartData &data, const QString &series, int categoryIndex)
{
    if (categoryIndex < 0 || categoryIndex >= data.categories.size())
        return nullptr;
    return data.bar(data.categories.at(categoryIndex), series);
}

} // namespace liaison
