#include "exportwriter.h"

#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace liaison {

namespace {

// Beyond this a PNG no longer fits comfortably in memory (4 bytes a pixel).
constexpr qint64 kMaxPixels = 20000LL * 20000LL;

QString tr(const char *text)
{
    return QCoreApplication::translate("liaison::ExportWriter", text);
}

bool isCancelled(const std::atomic_bool *cancelled) { return cancelled && cancelled->load(); }

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

QSize exportPixelSize(const ExportRequest &request)
{
    const QSizeF size = request.source.size() * request.scale;
    return QSize(qMax(1, qRound(size.width())), qMax(1, qRound(size.height())));
}

QString writeExport(const ExportRequest &request, const std::atomic_bool *cancelled)
{
    const PrintSource &source = request.source;
    if (!source.isPicture() || source.size().isEmpty())
        return tr("There is nothing to export in this view.");
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // Every device plays the picture at the resolution it was recorded at, so
    // fonts keep their size relative to the drawing.
    const int dpi = source.picture().logicalDpiX();
    const QRectF box(QPointF(), source.size());

    switch (request.format) {
    case ExportFormat::Png: {
        const QSize pixels = exportPixelSize(request);
        if (qint64(pixels.width()) * pixels.height() > kMaxPixels || request.scale <= 0) {
            file.cancelWriting();
            return tr("The image would be too large; choose a smaller scale.");
        }
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            file.cancelWriting();
            return tr("Not enough memory for an image of this size.");
        }
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(source.background());
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                                   | QPainter::SmoothPixmapTransform);
            source.paint(&painter, QRectF(QPointF(), QSizeF(pixels)));
        }
        if (isCancelled(cancelled))
            break;
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            file.cancelWriting();
            return writer.errorString();
        }
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(dpi);
        svg.setSize(source.size().toSize());
        svg.setViewBox(box);
        svg.setTitle(source.title());
        svg.setDescription(tr("Made by Liaison"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return tr("Cannot start an SVG drawing.");
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        source.paint(&painter, box);
        painter.end();
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setResolution(dpi);
        pdf.setTitle(source.title());
        pdf.setCreator(tr("Liaison"));
        // One page the picture's shape, its size in points at that resolution.
        const QSizeF points = source.size() * (72.0 / dpi);
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return tr("Cannot start a PDF document.");
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        source.paint(&painter, QRectF(0, 0, pdf.width(), pdf.height()));
        painter.end();
        break;
    }
    }
    if (isCancelled(cancelled)) {
        file.cancelWriting();
        return QString();
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return QString();
}

ExportWriter::ExportWriter(QObject *parent)
    : QObject(parent)
{
}

ExportWriter::~ExportWriter()
{
    cancel();
    waitForFinished();
}

bool ExportWriter::start(const ExportRequest &request)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    // QPicture::play() is not reentrant on shared data: the worker gets a copy
    // of its own, made here on the GUI thread.
    ExportRequest own = request;
    own.source.detach();
    const QString path = request.path;
    Q_EMIT started(path);
    auto cancelled = m_cancelled;
    m_future = QtConcurrent::run(
        [own = std::move(own), cancelled] { return writeExport(own, cancelled.get()); });
    m_future.then(this, [this, path, cancelled](const QString &error) {
        m_running = false;
        const bool wasCancelled = cancelled->load();
        Q_EMIT finished(path, error.isEmpty() && !wasCancelled, wasCancelled ? QString() : error);
    });
    return true;
}

void ExportWriter::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ExportWriter::waitForFinished()
{
    if (m_future.isValid())
        m_future.waitForFinished();
}

} // namespace liaison
