#include "chartrenderer.h"

#include <QCoreApplication>
#include <QStringList>

namespace liaison {

bool renderChartToFile(const ChartData &data, const QString &path, QSize size, QString *error)
{
    Q_UNUSED(data);
    Q_UNUSED(size);
    if (error)
        *error = QCoreApplication::translate("liaison::Charts", "%1: not implemented yet").arg(path);
    return false;
}

void renderChart(const ChartData &data, QPainter *painter, const QRectF &target)
{
    Q_UNUSED(data);
    Q_UNUSED(painter);
    Q_UNUSED(target);
}

QStringList chartFileSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

} // namespace liaison
