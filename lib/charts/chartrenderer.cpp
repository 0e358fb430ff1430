#include "chartrenderer.h"

#include "chartbuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgGenerator>

#include <memory>

namespace liaison {

namespace {

// lupdate files Charts::tr() strings under the context the runtime looks up.
struct Charts {
    Q_DECLARE_TR_FUNCTIONS(liaison::Charts)
};

// Charts are laid out at screen-like sizes (96 dpi) and scaled to the
// target, so fonts keep their proportions on a 1200 dpi printer as on screen.
constexpr qreal kLayoutDpi = 96;
// Above this layout width text would get small relative to the picture: a
// larger PNG is the same layout drawn finer.
constexpr qreal kMaxLayoutWidth = 1400;

void renderAt(const ChartData &data, QPainter *painter, const QRectF &target, QSizeF layoutSize)
{
    QGraphicsScene scene;
    QChart *chart = buildChart(data);
    scene.addItem(chart);
    const QRectF layout(QPointF(0, 0), layoutSize);
    chart->setGeometry(layout);
    scene.setSceneRect(layout);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, layout, Qt::IgnoreAspectRatio);
    painter->restore();
}

QByteArray renderPng(const ChartData &data, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const qreal scale = std::max<qreal>(1, size.width() / kMaxLayoutWidth);
    {
        QPainter painter(&image);
        renderAt(data, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size) / scale);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray renderSvg(const ChartData &data, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(int(kLayoutDpi));
    svg.setTitle(data.title);
    svg.setDescription(data.note);
    QPainter painter;
    if (!painter.begin(&svg))
        return {};
    renderAt(data, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size));
    painter.end();
    return bytes;
}

QByteArray renderPdf(const ChartData &data, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(data.title);
    pdf.setCreator(QStringLiteral("Liaison"));
    // A page the size of the chart, `size` read as pixels at 96 dpi.
    const QSizeF points = QSizeF(size) * 72.0 / kLayoutDpi;
    pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait, QMarginsF()));
    pdf.setResolution(300);
    QPainter painter;
    if (!painter.begin(&pdf))
        return {};
    renderChart(data, &painter, QRectF(0, 0, pdf.width(), pdf.height()));
    painter.end();
    return bytes;
}

} // namespace

void renderChart(const ChartData &data, QPainter *painter, const QRectF &target)
{
    qreal dpi = kLayoutDpi;
    if (QPaintDevice *device = painter->device())
        dpi = device->logicalDpiX() > 0 ? device->logicalDpiX() : kLayoutDpi;
    renderAt(data, painter, target, target.size() * kLayoutDpi / dpi);
}

bool renderChartToFile(const ChartData &data, const QString &path, QSize size, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (size.width() < 1 || size.height() < 1 || size.width() > 20000 || size.height() > 20000)
        return fail(Charts::tr("the size must be between 1×1 and 20000×20000 pixels"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"png")
        bytes = renderPng(data, size);
    else if (suffix == u"svg")
        bytes = renderSvg(data, size);
    else if (suffix == u"pdf")
        bytes = renderPdf(data, size);
    else
        return fail(Charts::tr("unknown chart format '%1' (use .png, .svg or .pdf)").arg(suffix));
    if (bytes.isEmpty())
        return fail(Charts::tr("the chart could not be drawn"));

    // Written whole or not at all: a failed export leaves no half file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

QStringList chartFileSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

} // namespace liaison
