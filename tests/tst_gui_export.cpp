#include "chartseed.h"

#include "mainwindow.h"

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
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
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

    void cleanupTestCase() { m_window.reset(); }

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
};

QTEST_MAIN(tst_GuiExport)
#include "tst_gui_export.moc"
