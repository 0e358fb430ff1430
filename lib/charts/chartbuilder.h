#pragma once

#include "chartdata.h"

#include <QChart>

namespace liaison {

// Builds a styled Qt chart (title, axes, legend, relation-type colours of
// GraphStyle) from chart data. An empty data set gives a chart that says
// "No data for these filters" rather than a blank plot. The caller owns the
// chart (or `parent` does, as a QGraphicsItem). Each QBarSet carries the
// property "liaisonSeries" (its ChartData series name) and the axis categories
// are ChartData::categories, so a clicked bar (QBarSet, index) maps back to
// chartBarAt().
QChart *buildChart(const ChartData &data, QGraphicsItem *parent = nullptr);

// The ChartData bar behind a clicked QBarSet and category index, or nullptr.
const ChartBar *chartBarAt(const ChartData &data, const QString &series, int categoryIndex);

} // namespace liaison
