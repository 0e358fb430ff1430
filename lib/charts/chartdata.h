#pragma once

#include "chartfilter.h"
#include "chartkind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace liaison {

class Database;

// One bar (or one bar segment, in a stacked chart): the value of one series in
// one category, with the entities behind it so a click can select them.
struct ChartBar {
    QString category;
    QString series;
    double value = 0;
    QList<qint64> entityIds;
};

// A chart's numbers, widget-free: what loadChartData() computes from the
// database and what buildChart() and renderChartToFile() draw. Categories and
// series are in display order; bars whose series is empty belong to a chart
// with a single series. `series` is empty for single-series charts.
struct ChartData {
    ChartKind kind = ChartKind::RelationsByType;
    QString title, xLabel, yLabel;
    QStringList categories;
    QStringList series;
    QList<ChartBar> bars;
    QString note; // a caveat shown under the chart (e.g. currencies kept apart)

    bool isEmpty() const { return bars.isEmpty(); }
    // The bar for a category and series, or nullptr.
    const ChartBar *bar(const QString &category, const QString &series = QString()) const;
    // Sum of one category's values across series (for talk and tests only:
    // money charts never sum across currencies).
    double categoryTotal(const QString &category) const;
    // The largest bar, or the largest stack when `stacked`.
    double maxValue(bool stacked) const;
    // Whether the series of one category are drawn stacked (deals over time,
    // most connected) rather than side by side (money: currencies never stack).
    bool isStacked() const;
};

// Translated plural label of a relation type as the charts name their series
// and categories ("Acquisitions", "Funding rounds"), and back.
QString chartRelationTypeLabel(RelationType type);
std::optional<RelationType> chartRelationTypeFromLabel(const QString &label);

// Computes a chart's data from the database, honouring the filter. Runs on the
// thread that owns `db`; it only reads.
ChartData loadChartData(Database &db, ChartKind kind, const ChartFilter &filter);

} // namespace liaison
