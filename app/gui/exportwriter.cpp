#include "exportwriter.h"

#include "graph/databasegraph.h"
#include "graph/graphexport.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "storage/dataexport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

namespace liaison {

namespace {

// Beyond this a PNG no longer fits comfortably in memory (4 bytes a pixel).
constexpr qint64 kMaxPixels = 20000LL * 20000LL;

// The context is the one lupdate files these calls under (the scope calling
// them), or the French would never be found; tests/i18n_contexts.py checks it.
QString tr(const char *text)
{
    return QCoreApplication::translate("liaison", text);
}

bool isCancelled(const std::atomic_bool *cancelled) { return cancelled && cancelled->load(); }

// One output file of a data export, written in slices so a cancellation is
// noticed and progress moves while a large file goes to disk.
struct PendingFile {
    QString path;
    QByteArray bytes;
};

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

void writeDataExport(QPromise<DataExportResult> &promise, const QString &dbPath, const QString &path)
{
    // The messages keep the main window's context, where they were written and translated.
    DataExportResult result;
    const auto finish = [&] { promise.addResult(result); };
    const auto failed = [&](const QString &file, const QString &reason) {
        result.error = QCoreApplication::translate("liaison::MainWindow", "Cannot write %1: %2").arg(QDir::toNativeSeparators(file), reason);
        finish();
    };
    promise.setProgressRange(0, 100);
    promise.setProgressValue(0);
    Database db;
    if (!db.open(dbPath, Database::OpenMode::MustExist)) {
        result.error = QCoreApplication::translate("liaison::MainWindow", "Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), db.errorString());
        return finish();
    }
    const DatabaseStats stats = DatabaseStats::collect(db);
    result.entities = stats.entities;
    result.relations = stats.relations;
    if (promise.isCanceled())
        return finish();
    promise.setProgressValue(5);

    // Reading is most of the work on a large database; writing takes the rest.
    QList<PendingFile> files;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (const std::optional<GraphFormat> graph = GraphExporter::formatFromName(suffix)) {
        files.append({path, GraphExporter::toByteArray(graphFromDatabase(db), *graph)});
    } else if (suffix == u"json") {
        files.append({path, DataExport::exportJson(db)});
    } else { // csv, like `liaison-cli export`: relations to path, entities beside it
        files.append({path, DataExport::relationsCsv(db)});
        if (promise.isCanceled())
            return finish();
        promise.setProgressValue(30);
        files.append({DataExport::entitiesPath(path), DataExport::entitiesCsv(db)});
    }
    if (promise.isCanceled())
        return finish();
    promise.setProgressValue(60);

    qint64 total = 0;
    for (const PendingFile &f : files)
        total += f.bytes.size();
    constexpr qint64 kSlice = 1 << 20;
    qint64 written = 0;
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const PendingFile &f : files) {
        auto file = std::make_unique<QSaveFile>(f.path);
        if (!file->open(QIODevice::WriteOnly))
            return failed(f.path, file->errorString());
        for (qint64 at = 0; at < f.bytes.size(); at += kSlice) {
            if (promise.isCanceled())
                return finish(); // the QSaveFiles go uncommitted: nothing on disk changes
            const qint64 n = qMin(kSlice, f.bytes.size() - at);
            if (file->write(f.bytes.constData() + at, n) != n)
                return failed(f.path, file->errorString());
            written += n;
            promise.setProgressValue(60 + int(39 * written / qMax<qint64>(1, total)));
        }
        saves.push_back(std::move(file));
    }
    if (promise.isCanceled())
        return finish();
    for (const std::unique_ptr<QSaveFile> &file : saves) {
        if (!file->commit())
            return failed(file->fileName(), file->errorString());
    }
    promise.setProgressValue(100);
    result.ok = true;
    finish();
}

} // namespace liaison
