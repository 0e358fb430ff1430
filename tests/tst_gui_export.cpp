#include "chartseed.h"

#include "mainwindow.h"

#include "storage/articlewriter.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "storage/entitystore.h"
#include "storage/relationstore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace liaison;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Start elements named node and edge in a GraphML or GEXF file; false if it is not well-formed XML.
bool countXml(const QString &path, int *nodes, int *edges)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    *nodes = 0;
    *edges = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"node")
            ++*nodes;
        else if (xml.name() == u"edge")
            ++*edges;
    }
    return !xml.hasError();
}

// CRLF-terminated CSV rows (no field of the seed holds a line break).
int csvRows(const QByteArray &bytes) { return int(bytes.count("\r\n")); }

// A database large enough that an export is still reading when Cancel is
// pressed: companies in a ring of partnerships and acquisitions, written
// through the real ArticleWriter a hundred companies an article.
bool seedLargeDatabase(const QString &path, int articles)
{
    Database db;
    if (!db.open(path))
        return false;
    ArticleWriter writer(db);
    for (int a = 0; a < articles; ++a) {
        SourceText source;
        source.path = QStringLiteral("/tmp/large-%1.txt").arg(a);
        source.title = QStringLiteral("Ring %1").arg(a);
        source.language = QStringLiteral("en");
        source.published = QDate(2025, 1, 1).addDays(a);
        Extraction x;
        x.language = QStringLiteral("en");
        for (int i = 0; i < 100; ++i) {
            const QString name = QStringLiteral("Company %1-%2 Holdings").arg(a).arg(i);
            ExtractedEntity e;
            e.name = name;
            e.type = EntityType::Company;
            e.mentions << Span{int(source.text.size()), int(source.text.size() + name.size())};
            source.text += name + QStringLiteral(" works with its neighbours. ");
            x.entities << e;
        }
        for (int i = 0; i < 100; ++i) {
            for (const RelationType type : {RelationType::PartnersWith, RelationType::Acquired}) {
                ExtractedRelation r;
                r.type = type;
                r.source = i;
                r.target = (i + (type == RelationType::Acquired ? 7 : 1)) % 100;
                r.status = Status::Completed;
                r.evidence = x.entities[i].mentions.constFirst();
                r.confidence = 0.8;
                x.relations << r;
            }
        }
        source.sha256 = QCryptographicHash::hash(source.text.toUtf8(), QCryptographicHash::Sha256).toHex();
        if (writer.store(source, x).outcome != StoreResult::Outcome::Stored)
            return false;
    }
    return true;
}

} // namespace

class tst_GuiExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_export"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("export.sqlite"));
        QVERIFY(testseed::seedChartDatabase(m_path));
        {
            Database db;
            QVERIFY(db.open(m_path, Database::OpenMode::MustExist));
            const DatabaseStats stats = DatabaseStats::collect(db);
            m_entities = stats.entities;
            m_relations = stats.relations;
            for (const Relation &r : RelationStore(db).all()) {
                if (r.targetId)
                    ++m_edges; // "raised" has no target: no edge in the graph formats
            }
        }
        QVERIFY(m_entities >= 5);
        QVERIFY(m_relations >= 5);
        QVERIFY(m_edges > 0 && m_edges < m_relations);
        m_window = std::make_unique<MainWindow>(m_path);
        m_window->setShowImportSummary(false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_largeWindow.reset();
    }

    void actionInFileMenu()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionExportData"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
        QMenu *file = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                file = menu->menu();
        }
        QVERIFY(file);
        // Right after Export View…
        const QList<QAction *> actions = file->actions();
        const qsizetype index = actions.indexOf(action);
        QVERIFY(index > 0);
        QCOMPARE(actions.at(index - 1)->objectName(), QStringLiteral("actionExportView"));
    }

    void graphml() { checkXml(QStringLiteral("graph.graphml")); }
    void gexf() { checkXml(QStringLiteral("graph.gexf")); }

    void dot()
    {
        const QString path = m_out.filePath(QStringLiteral("graph.dot"));
        QString error;
        QVERIFY2(m_window->exportData(path, &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("digraph"));
        int nodeLines = 0;
        int edgeLines = 0;
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.contains(" -> "))
                ++edgeLines;
            else if (line.contains("[label=") && line.contains("shape="))
                ++nodeLines;
        }
        QCOMPARE(nodeLines, m_entities);
        QCOMPARE(edgeLines, m_edges);
        QVERIFY(m_window->statusBar()->currentMessage().contains(path));
    }

    void json()
    {
        const QString path = m_out.filePath(QStringLiteral("data.json"));
        QString error;
        QVERIFY2(m_window->exportData(path, &error), qPrintable(error));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("format")).toString(), QStringLiteral("liaison-export"));
        QCOMPARE(doc.object().value(QStringLiteral("entities")).toArray().size(), m_entities);
        QCOMPARE(doc.object().value(QStringLiteral("relations")).toArray().size(), m_relations);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Exported %1 entities and %2 relations to %3")
                     .arg(m_entities)
                     .arg(m_relations)
                     .arg(QDir::toNativeSeparators(path)));
    }

    void csv()
    {
        const QString path = m_out.filePath(QStringLiteral("data.csv"));
        QString error;
        QVERIFY2(m_window->exportData(path, &error), qPrintable(error));
        const QByteArray relations = readAll(path);
        const QByteArray entities = readAll(m_out.filePath(QStringLiteral("data-entities.csv")));
        QVERIFY(relations.startsWith("id,type,source_id,source,target_id,target,"));
        QVERIFY(entities.startsWith("id,type,name,normalized_name,"));
        QCOMPARE(csvRows(relations), 1 + m_relations);
        QCOMPARE(csvRows(entities), 1 + m_entities);
        QVERIFY(entities.contains("Northwind Analytics"));
    }

    void missingFolderFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("graphml") << QStringLiteral("out.graphml");
        QTest::newRow("json") << QStringLiteral("out.json");
        QTest::newRow("csv") << QStringLiteral("out.csv");
    }

    // Cancel in the progress dialog: nothing new on disk, an existing file as it was.
    void cancelLeavesFilesAsTheyWere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("existing");
        for (const char *name : {"large.graphml", "large.json", "large.csv"}) {
            QTest::newRow(name) << QString::fromLatin1(name) << false;
            QTest::newRow(qPrintable(QStringLiteral("%1 over a file").arg(QLatin1StringView(name))))
                << QString::fromLatin1(name) << true;
        }
    }

    void cancelLeavesFilesAsTheyWere()
    {
        QFETCH(QString, name);
        QFETCH(bool, existing);
        MainWindow *window = largeWindow();
        QVERIFY(window);
        QTemporaryDir out;
        const QString path = out.filePath(name);
        const QString beside = path.endsWith(u".csv") ? out.filePath(QStringLiteral("large-entities.csv")) : QString();
        const QByteArray before("what was there before\n");
        if (existing) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(before);
        }
        // The dialog exists as soon as the export starts (it shows itself after
        // half a second); its Cancel button is pressed from the waiting loop.
        bool pressed = false;
        QTimer::singleShot(0, window, [window, &pressed] {
            auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("dataExportProgress"));
            auto *cancel = progress ? progress->findChild<QPushButton *>() : nullptr;
            if (cancel && progress->maximum() == 100) {
                cancel->click();
                pressed = true;
            }
        });
        QString error = QStringLiteral("unset");
        QVERIFY(!window->exportData(path, &error));
        QVERIFY(pressed);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (existing)
            QCOMPARE(readAll(path), before);
        else
            QVERIFY(!QFileInfo::exists(path));
        if (!beside.isEmpty())
            QVERIFY(!QFileInfo::exists(beside));
        // No QSaveFile leftovers either.
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), existing ? 1 : 0);
        QVERIFY(window->statusBar()->currentMessage().contains(u"cancelled"));

        // Without Cancel the same export completes, and replaces the old file.
        QVERIFY2(window->exportData(path, &error), qPrintable(error));
        const QByteArray after = readAll(path);
        QVERIFY(after.size() > 100000);
        QVERIFY(after != before);
        if (!beside.isEmpty())
            QVERIFY(QFileInfo(beside).size() > 10000);
    }

    void missingFolderFails()
    {
        QFETCH(QString, name);
        const QString folder = m_out.filePath(QStringLiteral("no-such-folder"));
        const QString path = folder + u'/' + name;
        QString error;
        QVERIFY(!m_window->exportData(path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void unknownSuffixFails()
    {
        const QString path = m_out.filePath(QStringLiteral("data.xlsx"));
        QString error;
        QVERIFY(!m_window->exportData(path, &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFileInfo::exists(path));
    }

private:
    MainWindow *largeWindow()
    {
        if (!m_largeWindow) {
            const QString path = m_dir.filePath(QStringLiteral("large.sqlite"));
            if (!seedLargeDatabase(path, 40))
                return nullptr;
            m_largeWindow = std::make_unique<MainWindow>(path);
            m_largeWindow->setShowImportSummary(false);
            m_largeWindow->show();
        }
        return m_largeWindow.get();
    }

    void checkXml(const QString &name)
    {
        const QString path = m_out.filePath(name);
        QString error;
        QVERIFY2(m_window->exportData(path, &error), qPrintable(error));
        int nodes = 0;
        int edges = 0;
        QVERIFY(countXml(path, &nodes, &edges));
        QCOMPARE(nodes, m_entities);
        QCOMPARE(edges, m_edges);
        // No QSaveFile leftovers beside it.
        QVERIFY(QDir(m_out.path()).entryList(QDir::Files).filter(QStringLiteral(".tmp")).isEmpty());
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    QString m_path;
    int m_entities = 0;
    int m_relations = 0;
    int m_edges = 0;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindow> m_largeWindow;
};

QTEST_MAIN(tst_GuiExport)
#include "tst_gui_export.moc"
