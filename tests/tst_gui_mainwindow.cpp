#include "articlesview.h"
#include "entityfilterproxy.h"
#include "entitylistmodel.h"
#include "entitypane.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "navigationhistory.h"
#include "articlelistmodel.h"
#include "chartseed.h"

#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/relationstore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace liaison;

namespace {

// One article, with what an extractor would have found in it, written through
// the real ArticleWriter so the views read what an import writes.
struct SeedEntity {
    QString name;
    EntityType type;
};

Span spanOf(const QString &text, const QString &word, int from = 0)
{
    const int start = int(text.indexOf(word, from));
    return {start, start + int(word.size())};
}

bool seed(const QString &path)
{
    Database db;
    if (!db.open(path))
        return false;
    SourceText source;
    source.path = QStringLiteral("/tmp/seed-article.txt");
    source.title = QStringLiteral("Northwind buys Corvane");
    source.language = QStringLiteral("en");
    source.published = QDate(2025, 3, 11);
    source.sha256 = QByteArrayLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    source.text = QStringLiteral(
        "Northwind Analytics agreed to acquire Corvane AI. Corvane AI was founded by Priya Raman. "
        "Northwind Analytics competes with Société Générale.");
    const QString &t = source.text;

    Extraction x;
    x.language = QStringLiteral("en");
    const QList<SeedEntity> entities{{QStringLiteral("Northwind Analytics"), EntityType::Company},
                                     {QStringLiteral("Corvane AI"), EntityType::Company},
                                     {QStringLiteral("Priya Raman"), EntityType::Person},
                                     {QStringLiteral("Société Générale"), EntityType::Company}};
    for (const SeedEntity &e : entities) {
        ExtractedEntity ee;
        ee.name = e.name;
        ee.type = e.type;
        ee.mentions << spanOf(t, e.name);
        x.entities << ee;
    }
    x.entities[0].aliases << QStringLiteral("Northwind");
    auto relation = [&](RelationType type, int s, int target, Status status, const QString &sentenceStart) {
        ExtractedRelation r;
        r.type = type;
        r.source = s;
        r.target = target;
        r.status = status;
        const int start = int(t.indexOf(sentenceStart));
        r.evidence = {start, int(t.indexOf(u'.', start)) + 1};
        r.confidence = 0.8;
        x.relations << r;
    };
    relation(RelationType::Acquired, 0, 1, Status::Announced, QStringLiteral("Northwind Analytics agreed"));
    relation(RelationType::Founded, 2, 1, Status::Completed, QStringLiteral("Corvane AI was founded"));
    relation(RelationType::CompetesWith, 0, 3, Status::Completed, QStringLiteral("Northwind Analytics competes"));
    return ArticleWriter(db).store(source, x).outcome == StoreResult::Outcome::Stored;
}

int rowOfName(QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, EntityListModel::NameColumn).data().toString() == name)
            return r;
    }
    return -1;
}

void dropFiles(QWidget *target, const QStringList &files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls << QUrl::fromLocalFile(file);
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

int articleCount(const QString &path)
{
    Database db;
    return db.open(path, Database::OpenMode::MustExist) ? ArticleStore(db).count() : -1;
}

} // namespace

class tst_GuiMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_mainwindow"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                 .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                      QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    }

    void welcomeOnEmptyDatabase()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(window.database());
        QVERIFY(window.isWelcomeVisible());
    }

    void listShowsCompaniesAndPassesModelTester()
    {
        QVERIFY(seed(m_db));
        MainWindow window(m_db);
        window.show();
        QVERIFY(!window.isWelcomeVisible());
        QAbstractItemModelTester sourceTester(window.entityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.entityProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Companies by default: the person is not listed.
        QCOMPARE(window.entityProxy()->rowCount(), 3);
        QVERIFY(rowOfName(window.entityProxy(), QStringLiteral("Priya Raman")) < 0);
        window.typeFilter()->setCurrentIndex(window.typeFilter()->findText(QStringLiteral("People")));
        QCOMPARE(window.entityProxy()->rowCount(), 1);
        window.typeFilter()->setCurrentIndex(window.typeFilter()->findText(QStringLiteral("All")));
        QCOMPARE(window.entityProxy()->rowCount(), 4);

        // Counts in the columns.
        const int row = rowOfName(window.entityModel(), QStringLiteral("Northwind Analytics"));
        QVERIFY(row >= 0);
        QCOMPARE(window.entityModel()->index(row, EntityListModel::RelationsColumn).data().toInt(), 2);
        QCOMPARE(window.entityModel()->index(row, EntityListModel::ArticlesColumn).data().toInt(), 1);
        QVERIFY(!window.entityModel()->index(row, EntityListModel::LastMentionedColumn).data().toString().isEmpty());

        // Sorting by every column keeps the tester happy.
        for (int c = 0; c < EntityListModel::ColumnCount; ++c) {
            window.entityList()->sortByColumn(c, Qt::AscendingOrder);
            window.entityList()->sortByColumn(c, Qt::DescendingOrder);
        }
        window.entityList()->sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(window.entityProxy()->index(0, 0).data().toString(), QStringLiteral("Corvane AI"));
    }

    void typingFiltersAccentInsensitively_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("accent") << QStringLiteral("societe") << QStringList{QStringLiteral("Société Générale")};
        QTest::newRow("case and prefix") << QStringLiteral("NORTH") << QStringList{QStringLiteral("Northwind Analytics")};
        QTest::newRow("two words") << QStringLiteral("corv ai") << QStringList{QStringLiteral("Corvane AI")};
        QTest::newRow("word start only") << QStringLiteral("wind") << QStringList{};
        QTest::newRow("alias") << QStringLiteral("northwind") << QStringList{QStringLiteral("Northwind Analytics")};
    }

    void typingFiltersAccentInsensitively()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QVERIFY(seed(m_db));
        MainWindow window(m_db);
        window.show();
        QCOMPARE(window.entityProxy()->rowCount(), 3);
        window.filterField()->setFocus();
        QTest::keyClicks(window.filterField(), typed);
        QStringList shown;
        for (int r = 0; r < window.entityProxy()->rowCount(); ++r)
            shown << window.entityProxy()->index(r, 0).data().toString();
        shown.sort();
        QCOMPARE(shown, expected);
        // Clearing shows everything again.
        window.filterField()->clear();
        QCOMPARE(window.entityProxy()->rowCount(), 3);
    }

    void selectingFillsPaneAndNavigates()
    {
        QVERIFY(seed(m_db));
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Keyboard: focus the list, go to the first row.
        window.entityList()->sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
        window.entityList()->setFocus();
        QTest::keyClick(window.entityList(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(window.entityPane()->title(), QStringLiteral("Corvane AI"));
        QVERIFY2(window.entityPane()->bodyText().contains(QStringLiteral("Acquired by Northwind Analytics — announced")),
                 qPrintable(window.entityPane()->bodyText()));
        QVERIFY(window.entityPane()->bodyText().contains(QStringLiteral("Founded by Priya Raman")));
        QTest::keyClick(window.entityList(), Qt::Key_Down);
        QCOMPARE(window.entityPane()->title(), QStringLiteral("Northwind Analytics"));
        QVERIFY(window.entityPane()->bodyText().contains(QStringLiteral("Acquired Corvane AI — announced")));
        QVERIFY(window.entityPane()->bodyText().contains(QStringLiteral("Competes with Société Générale")));

        // Clicking a related name (a person) navigates there; the list follows.
        const qint64 priya = [&] {
            Database *db = window.database();
            return EntityStore(*db).resolve(QStringLiteral("Priya Raman"), EntityType::Person).value_or(0);
        }();
        QVERIFY(priya > 0);
        Q_EMIT window.entityPane()->entityActivated(priya);
        QCOMPARE(window.entityPane()->title(), QStringLiteral("Priya Raman"));
        QVERIFY(window.entityPane()->bodyText().contains(QStringLiteral("Founded Corvane AI")));
        QCOMPARE(window.entityList()->currentIndex().data().toString(), QStringLiteral("Priya Raman"));

        // Back and forward, by shortcut.
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.entityPane()->title(), QStringLiteral("Northwind Analytics"));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.entityPane()->title(), QStringLiteral("Corvane AI"));
        QVERIFY(!window.history()->canGoBack());
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.entityPane()->title(), QStringLiteral("Northwind Analytics"));
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.entityPane()->title(), QStringLiteral("Priya Raman"));
        QVERIFY(!window.history()->canGoForward());
    }

    void evidenceAndUndoableReview()
    {
        QVERIFY(seed(m_db));
        MainWindow window(m_db);
        window.show();
        const qint64 northwind =
            EntityStore(*window.database()).resolve(QStringLiteral("Northwind Analytics"), EntityType::Company).value_or(0);
        window.selectEntity(northwind);
        EntityPane *pane = window.entityPane();
        QVERIFY(!pane->relationIds().isEmpty());
        const qint64 relation = pane->relationIds().first();
        QVERIFY(!pane->bodyText().contains(QStringLiteral("Northwind buys Corvane")));
        pane->setExpanded(relation, true);
        // The claim shows its sentence and its article.
        QVERIFY(pane->bodyText().contains(QStringLiteral("Northwind buys Corvane")));
        QVERIFY(pane->bodyText().contains(QStringLiteral("not reviewed")));

        RelationStore relations(*window.database());
        const QList<ClaimDetail> claims = relations.claims(relation);
        QCOMPARE(claims.size(), 1);
        const qint64 claim = claims.first().claim.id;
        Q_EMIT pane->reviewRequested(claim, ReviewState::Unreviewed, ReviewState::Rejected);
        QVERIFY(relations.claim(claim)->review == ReviewState::Rejected);
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(pane->bodyText().contains(QStringLiteral("rejected")));
        window.undoStack()->undo();
        QVERIFY(relations.claim(claim)->review == ReviewState::Unreviewed);
        window.undoStack()->redo();
        QVERIFY(relations.claim(claim)->review == ReviewState::Rejected);

        // Opening the article shows its text with the entities in it.
        Q_EMIT pane->articleRequested(claims.first().claim.articleId, claims.first().claim.evidenceStart,
                                      claims.first().claim.evidenceEnd);
        QCOMPARE(window.centreTabs()->currentWidget(), window.articlesView());
        QVERIFY(window.articlesView()->articleText().contains(QStringLiteral("Priya Raman")));
    }

    void articleSearch()
    {
        QVERIFY(seed(m_db));
        MainWindow window(m_db);
        window.show();
        ArticlesView *articles = window.articlesView();
        QCOMPARE(articles->visibleCount(), 1);
        QTest::keyClicks(window.filterField(), QStringLiteral("founded"));
        QTRY_COMPARE(articles->visibleCount(), 1);
        window.filterField()->clear();
        QTest::keyClicks(window.filterField(), QStringLiteral("zeppelin"));
        QTRY_COMPARE(articles->visibleCount(), 0);
    }

    void dropImportsFiles()
    {
        MainWindow window(m_db);
        window.setShowImportSummary(false);
        window.show();
        QVERIFY(window.isWelcomeVisible());
        QSignalSpy finished(window.importController(), &ImportController::finished);
        const QString data = QStringLiteral(LIAISON_TEST_DATA "/gui_import");
        dropFiles(&window, {data + QStringLiteral("/alpha.md"), data + QStringLiteral("/beta.txt")});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.imported.size(), 2);
        QCOMPARE(articleCount(m_db), 2);
        QTRY_VERIFY(!window.isWelcomeVisible());
        QCOMPARE(window.articlesView()->visibleCount(), 2);
        // Whatever the extractor found is listed.
        const int entities = EntityStore(*window.database()).count();
        window.typeFilter()->setCurrentIndex(window.typeFilter()->findText(QStringLiteral("All")));
        QTRY_COMPARE(window.entityProxy()->rowCount(), entities);

        // The same files again are skipped as duplicates.
        finished.clear();
        dropFiles(&window, {data});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto again = finished.first().first().value<ImportReport>();
        QCOMPARE(again.duplicates.size(), 2);
        QCOMPARE(articleCount(m_db), 2);
    }

    void sampleArticlesImport()
    {
        MainWindow window(m_db);
        window.setShowImportSummary(false);
        QSignalSpy finished(window.importController(), &ImportController::finished);
        window.importSamples();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const auto report = finished.first().first().value<ImportReport>();
        QVERIFY2(report.refused.isEmpty(), qPrintable(report.refused.value(0).second));
        QVERIFY(report.imported.size() >= 5);
        QVERIFY(!window.isWelcomeVisible());
    }

    void lazyFetching()
    {
        {
            Database db;
            QVERIFY(db.open(m_db));
            Transaction tx(db);
            EntityStore store(db);
            for (int i = 0; i < 1234; ++i) {
                Entity e;
                e.name = QStringLiteral("Company %1").arg(i);
                e.normalizedName = normalizeName(e.name);
                QVERIFY(store.create(e) > 0);
            }
            QVERIFY(tx.commit());
        }
        Database db;
        QVERIFY(db.open(m_db));
        EntityListModel model;
        model.setBackgroundFetch(false);
        model.setDatabase(&db);
        QCOMPARE(model.rowCount(), EntityListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchAll();
        QCOMPARE(model.rowCount(), 1234);
        QVERIFY(!model.canFetchMore({}));
        // The tester fetches page after page itself.
        EntityListModel tested;
        tested.setBackgroundFetch(false);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setDatabase(&db);
        tested.fetchAll();
        QCOMPARE(tested.rowCount(), 1234);
        // In the window, the rest streams in by itself.
        EntityListModel streaming;
        streaming.setDatabase(&db);
        QTRY_COMPARE(streaming.rowCount(), 1234);
    }

    void articleModelPassesTester()
    {
        QVERIFY(seed(m_db));
        Database db;
        QVERIFY(db.open(m_db));
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&db);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("Northwind buys Corvane"));
    }

    // The pane's sentences, statuses and detail lines, word for word: they are
    // shared with the printed brief (lib/report/relationsentences).
    void paneReadsRelationsAsSentences()
    {
        QVERIFY(testseed::seedChartDatabase(m_db));
        {
            Database db;
            QVERIFY(db.open(m_db, Database::OpenMode::MustExist));
            const testseed::SeedArticle rumour{
                QStringLiteral("Rumour mill"), QStringLiteral("Tech Ledger"), QDate(2025, 8, 1),
                QStringLiteral("Priya Raman is expected to lead Brightlake as chief executive. "
                               "Halden Systems may be buying Brightlake."),
                {{QStringLiteral("Priya Raman"), EntityType::Person}, {QStringLiteral("Brightlake"), EntityType::Company},
                 {QStringLiteral("Halden Systems"), EntityType::Company}},
                {{RelationType::Leads, QStringLiteral("Priya Raman"), QStringLiteral("Brightlake"), Status::Expected,
                  QStringLiteral("Priya Raman is"), std::nullopt, QStringLiteral("2025-09"), QStringLiteral("chief executive")},
                 {RelationType::Acquired, QStringLiteral("Halden Systems"), QStringLiteral("Brightlake"), Status::Rumoured,
                  QStringLiteral("Halden Systems may")}}};
            QVERIFY(testseed::store(db, rumour));
        }
        MainWindow window(m_db);
        window.show();
        EntityPane *pane = window.entityPane();
        auto show = [&](const QString &name, EntityType type) {
            const qint64 id = EntityStore(*window.database()).resolve(name, type).value_or(0);
            QVERIFY(id > 0);
            pane->showEntity(id);
            QCOMPARE(pane->title(), name);
        };
        const QString indent = QStringLiteral("   ");
        show(QStringLiteral("Northwind Analytics"), EntityType::Company);
        QCOMPARE(pane->bodyText(),
                 QStringLiteral("Acquisitions\n"
                                "▸ Acquired Brightlake — in talks\n") + indent + QStringLiteral("June 2025 · 1 article(s) · show evidence\n"
                                "▸ Acquired Corvane AI\n") + indent + QStringLiteral("$200m · March 2025 · 2 article(s) · show evidence\n"
                                "People\n"
                                "▸ Employed Priya Raman\n") + indent + QStringLiteral("1 article(s) · show evidence\n"
                                "Rivals\n"
                                "▸ Competes with Halden Systems\n") + indent + QStringLiteral("1 article(s) · show evidence"));
        show(QStringLiteral("Priya Raman"), EntityType::Person);
        QCOMPARE(pane->bodyText(),
                 QStringLiteral("Roles\n"
                                "▸ chief executive of Brightlake (expected)\n") + indent + QStringLiteral("September 2025 · 1 article(s) · show evidence\n"
                                "Career moves\n"
                                "▸ Worked at Northwind Analytics\n") + indent + QStringLiteral("1 article(s) · show evidence\n"
                                "▸ Hired by Halden Systems\n") + indent + QStringLiteral("as CTO · June 2025 · 1 article(s) · show evidence\n"
                                "Companies founded\n"
                                "▸ Founded Corvane AI\n") + indent + QStringLiteral("1 article(s) · show evidence"));
        show(QStringLiteral("Brightlake"), EntityType::Company);
        const QString body = pane->bodyText();
        QVERIFY2(body.contains(QStringLiteral("▸ Acquired by Halden Systems (rumoured)\n")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("▸ Led by Priya Raman (chief executive) (expected)\n")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("▸ Raised $12m\n") + indent + QStringLiteral("November 2024 · 1 article(s)")),
                 qPrintable(body));
        QCOMPARE(pane->relationIds().size(), 4);
    }

    void refusesABadDatabaseWithoutCrashing()
    {
        QFile junk(m_db);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        MainWindow window(m_db);
        window.show();
        QVERIFY(!window.database());
        QVERIFY(!window.lastError().isEmpty());
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("databaseError"));
        QVERIFY(box);
        box->close();
        QVERIFY(window.isWelcomeVisible());
        // A good one opens afterwards.
        QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("good.sqlite"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(tst_GuiMainWindow)
#include "tst_gui_mainwindow.moc"
