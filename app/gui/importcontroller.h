#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QThread;

namespace liaison {

// What an import did, for the summary dialog.
struct ImportReport {
    QStringList imported;
    QStringList duplicates;
    QList<std::pair<QString, QString>> refused; // path, reason
    bool cancelled = false;
    int total = 0;
};

// Runs an import off the GUI thread and reports progress. The work happens on
// a worker thread with its own database connection; the window only listens.
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    // Files and folders (searched recursively for supported files).
    bool start(const QString &databasePath, const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until the running import ends (shutdown and tests).
    void wait();

    // The files under the given paths that an import would read.
    static QStringList expand(const QStringList &paths);

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total, const QString &currentFile);
    // An article committed: views refresh.
    void articleStored();
    void finished(const liaison::ImportReport &report);

private:
    QThread *m_thread = nullptr;
};

} // namespace liaison

Q_DECLARE_METATYPE(liaison::ImportReport)
