#pragma once

#include "printsource.h"

#include <QFuture>
#include <QPromise>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace liaison {

enum class ExportFormat { Png, Svg, Pdf };

// The format a file name asks for by its suffix, if Liaison writes it.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

struct ExportRequest {
    PrintSource source; // a picture: the chart or the graph
    QString path;
    ExportFormat format = ExportFormat::Png;
    double scale = 1; // PNG only: pixels per logical pixel of the view
};

// The pixel size a PNG export of the request will have.
QSize exportPixelSize(const ExportRequest &request);

// Writes the picture through a QSaveFile, so the file appears whole or not at
// all. Safe on any thread given a picture of its own. Returns the reason on
// failure, an empty string on success; a cancellation writes nothing.
QString writeExport(const ExportRequest &request, const std::atomic_bool *cancelled = nullptr);

// Runs writeExport() on the thread pool, one export at a time, so a large SVG
// of the whole graph never freezes the window.
class ExportWriter : public QObject
{
    Q_OBJECT
public:
    explicit ExportWriter(QObject *parent = nullptr);
    ~ExportWriter() override;

    bool isRunning() const { return m_running; }
    // False (and nothing starts) if an export is already running.
    bool start(const ExportRequest &request);
    // The file is not written; the painting in progress finishes unseen.
    void cancel();
    void waitForFinished();

Q_SIGNALS:
    void started(const QString &path);
    // ok is false on failure (error says why) and on cancellation (error empty).
    void finished(const QString &path, bool ok, const QString &error);

private:
    QFuture<QString> m_future;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};

// What File > Export Data… wrote.
struct DataExportResult {
    bool ok = false;
    QString error; // empty when cancelled
    int entities = 0;
    int relations = 0;
};

// The whole database at dbPath as GraphML, GEXF, DOT, JSON or CSV, by path's
// suffix (CSV: relations at path, entities beside it). Runs on a worker thread
// with a connection of its own; reports progress from 0 to 100 on the promise
// and stops when it is cancelled. Every file goes through a QSaveFile committed
// only once all are written, so a cancellation or a failure leaves no partial
// file and an existing one as it was.
void writeDataExport(QPromise<DataExportResult> &promise, const QString &dbPath, const QString &path);

} // namespace liaison
