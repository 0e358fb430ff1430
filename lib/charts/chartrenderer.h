#pragma once

#include "chartdata.h"

#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

namespace liaison {

// Renders a chart to a file; the format follows the suffix: .png (QImage of
// exactly `size` pixels), .svg (QSvgGenerator) or .pdf (QPdfWriter, one page
// fitted to the chart's aspect). Returns false with a message in *error (may be
// null) on an unknown suffix or an unwritable file. Needs a QApplication.
bool renderChartToFile(const ChartData &data, const QString &path, QSize size, QString *error = nullptr);

// Paints the chart into `target` on any painter (printer, PDF, image), for
// printing. Needs a QApplication.
void renderChart(const ChartData &data, QPainter *painter, const QRectF &target);

// The file suffixes renderChartToFile() accepts, lower case without the dot.
QStringList chartFileSuffixes();

} // namespace liaison
