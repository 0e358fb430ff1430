#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace liaison {

class Importer;
struct ImportOutcome;
struct ImportSummary;

// What an import did, file by file, for the summary dialog.
struct ImportReport {
    QStringList imported;
    QStringList duplicates;
    QList<std::pair<QString, QString>> refused; // path, reason
    bool cancelled = false;
    QString error; // the database could not be opened
    int newEntities = 0;
    int newRelations = 0;
    double seconds = 0;
};

// Runs lib/ingest's Importer off the GUI thread for the window and turns its
// signals into what the window shows: progress, refreshes as articles land,
// and a report at the end.
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    // Files and folders (searched recursively for supported files). False if
    // an import is already running.
    bool start(const QString &databasePath, const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_importer != nullptr; }
    // Blocks until the running import's thread ends (shutdown, database switch).
    void wait();

Q_SIGNALS:
    void started();
    void progress(int done, int total, const QString &currentFile);
    // An article committed: views refresh.
    void articleStored();
    void finished(const liaison::ImportReport &report);

private:
    void onFileFinished(const ImportOutcome &outcome);
    void onFinished(const ImportSummary &summary);

    std::unique_ptr<Importer> m_importer;
    ImportReport m_report;
};

} // namespace liaison

Q_DECLARE_METATYPE(liaison::ImportReport)
