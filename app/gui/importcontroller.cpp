#include "importcontroller.h"

#include "extract/extractor.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/database.h"
#include "text/loader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

namespace liaison {

namespace {

// The import loop, run on the worker thread.
class ImportThread : public QThread
{
    Q_OBJECT
public:
    ImportThread(QString databasePath, QStringList files)
        : m_databasePath(std::move(databasePath))
        , m_files(std::move(files))
    {
    }

Q_SIGNALS:
    void progress(int done, int total, const QString &currentFile);
    void articleStored();
    void done(const liaison::ImportReport &report);

protected:
    void run() override
    {
        ImportReport report;
        report.total = int(m_files.size());
        Database db;
        if (!db.open(m_databasePath)) {
            for (const QString &file : std::as_const(m_files))
                report.refused.append({file, db.errorString()});
            Q_EMIT done(report);
            return;
        }
        const Extractor extractor;
        ArticleStore articles(db);
        ArticleWriter writer(db);
        int index = 0;
        for (const QString &file : std::as_const(m_files)) {
            if (isInterruptionRequested()) {
                report.cancelled = true;
                break;
            }
            Q_EMIT progress(index, report.total, file);
            ++index;
            const LoadResult loaded = loadFile(file);
            if (!loaded.ok()) {
                report.refused.append({file, loaded.error});
                continue;
            }
            const SourceText &source = *loaded.source;
            if (articles.contains(source.sha256)) {
                report.duplicates << file;
                continue;
            }
            ExtractOptions options;
            options.language = source.language;
            options.published = source.published;
            const Extraction extraction = extractor.extract(source.text, options);
            const StoreResult stored = writer.store(source, extraction);
            switch (stored.outcome) {
            case StoreResult::Outcome::Stored:
                report.imported << file;
                Q_EMIT articleStored();
                break;
            case StoreResult::Outcome::Duplicate:
                report.duplicates << file;
                break;
            case StoreResult::Outcome::Failed:
                report.refused.append({file, stored.error});
                break;
            }
        }
        Q_EMIT progress(index, report.total, QString());
        Q_EMIT done(report);
    }

private:
    QString m_databasePath;
    QStringList m_files;
};

} // namespace

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportReport>();
}

ImportController::~ImportController()
{
    // The finished signal would arrive after this object is gone: stop the
    // thread and delete it here.
    if (m_thread) {
        m_thread->requestInterruption();
        m_thread->wait();
        delete m_thread;
    }
}

QStringList ImportController::expand(const QStringList &paths)
{
    const QStringList suffixes = supportedSuffixes();
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (suffixes.contains(QFileInfo(file).suffix().toLower()))
                    found << file;
            }
            found.sort();
            files << found;
        } else {
            // A file given by name is tried even with an unknown suffix, so the
            // summary can say why it was refused.
            files << path;
        }
    }
    return files;
}

bool ImportController::start(const QString &databasePath, const QStringList &paths)
{
    if (m_thread)
        return false;
    const QStringList files = expand(paths);
    auto *thread = new ImportThread(databasePath, files);
    m_thread = thread;
    connect(thread, &ImportThread::progress, this, &ImportController::progress);
    connect(thread, &ImportThread::articleStored, this, &ImportController::articleStored);
    connect(thread, &ImportThread::done, this, [this, thread](const ImportReport &report) {
        thread->wait();
        thread->deleteLater();
        if (m_thread == thread)
            m_thread = nullptr;
        Q_EMIT finished(report);
    });
    Q_EMIT started(int(files.size()));
    thread->start(QThread::LowPriority);
    return true;
}

void ImportController::cancel()
{
    if (m_thread)
        m_thread->requestInterruption();
}

void ImportController::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace liaison

#include "importcontroller.moc"
