#pragma once

#include "chartdata.h"

#include <QBarSet>
#include <QChart>

namespace liaison {

// Builds a styled Qt chart (title, axes, legend, relation-type colours of
// GraphStyle) from chart data. An empty data set gives a chart that says
// "No data for these filters" rather than a blank plot. The caller owns the
// chart (or `parent` does, as a QGraphicsItem). Each QBarSet carries the
// properties "liaisonSeries" (its ChartData series name) and
// "liaisonCategories" (the categories of its values in the set's order:
// horizontal charts list them reversed so the first is on top), so a clicked
// bar, QBarSet::clicked(index), maps back with chartBarAt(data, set, index).
QChart *buildChart(const ChartData &data, QGraphicsItem *parent = nullptr);

// The ChartData bar behind a clicked bar of a chart buildChart() made, or nullptr.
const ChartBar *chartBarAt(const ChartData &data, const QBarSet *set, int index);
// The bar of a series at an index into ChartData::categories (not the axis's
// order), or nullptr.
const ChartBar *chartBarAt(const ChartData &data, const QString &series, int categoryIndex);

} // namespace liaison
