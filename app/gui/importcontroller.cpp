#include "importcontroller.h"

#include "ingest/importer.h"
#include "preferences.h"

namespace liaison {

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportReport>();
    qRegisterMetaType<ImportOutcome>();
    qRegisterMetaType<ImportSummary>();
}

// The importer's destructor cancels and waits for its thread.
ImportController::~ImportController() = default;

bool ImportController::start(const QString &databasePath, const QStringList &paths)
{
    if (m_importer)
        return false;
    m_report = ImportReport();
    m_importer = std::make_unique<Importer>(databasePath);
    ImportOptions options;
    options.load.maxFileSize = preferences::maxImportBytes(); // Edit > Preferences
    m_importer->setOptions(options);
    // The importer emits from its worker thread; these connections queue to this one.
    connect(m_importer.get(), &Importer::progress, this, &ImportController::progress, Qt::QueuedConnection);
    connect(m_importer.get(), &Importer::fileFinished, this, &ImportController::onFileFinished,
            Qt::QueuedConnection);
    connect(m_importer.get(), &Importer::finished, this, &ImportController::onFinished, Qt::QueuedConnection);
    Q_EMIT started();
    m_importer->start(paths);
    return true;
}

void ImportController::cancel()
{
    if (m_importer)
        m_importer->cancel();
}

void ImportController::wait()
{
    if (m_importer)
        m_importer->wait();
}

void ImportController::onFileFinished(const ImportOutcome &outcome)
{
    switch (outcome.kind) {
    case ImportOutcome::Kind::Imported:
        m_report.imported << outcome.path;
        Q_EMIT articleStored();
        break;
    case ImportOutcome::Kind::Duplicate:
        m_report.duplicates << outcome.path;
        break;
    case ImportOutcome::Kind::Refused:
        break; // the summary lists every refusal with its reason
    }
}

void ImportController::onFinished(const ImportSummary &summary)
{
    for (const RefusedFile &refused : summary.refused)
        m_report.refused.append({refused.path, refused.reason});
    m_report.cancelled = summary.cancelled;
    m_report.error = summary.error;
    m_report.newEntities = summary.newEntities;
    m_report.newRelations = summary.newRelations;
    m_report.seconds = summary.seconds;
    // The thread may still be unwinding; the importer goes once it has.
    std::unique_ptr<Importer> done = std::move(m_importer);
    done->wait();
    const ImportReport report = m_report;
    Q_EMIT finished(report);
}

} // namespace liaison
