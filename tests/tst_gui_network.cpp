#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "networktab.h"

#include "storage/articlewriter.h"
#include "storage/database.h"
#include "storage/entitystore.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace liaison;

namespace {

Span spanOf(const QString &text, const QString &word)
{
    const int start = int(text.indexOf(word));
    return {start, start + int(word.size())};
}

struct SeedRelation {
    RelationType type;
    int source;
    int target;
    Status status;
    QString date;
    QString sentenceStart;
};

bool storeArticle(Database &db, const QByteArray &sha, const QString &text, const QList<SeedRelation> &relations)
{
    SourceText source;
    source.path = QStringLiteral("/tmp/network-%1.txt").arg(QString::fromLatin1(sha.left(4)));
    source.title = QStringLiteral("Northwind's year");
    source.language = QStringLiteral("en");
    source.published = QDate(2025, 6, 2);
    source.sha256 = sha.repeated(64 / sha.size());
    source.text = text;

    Extraction x;
    x.language = QStringLiteral("en");
    const QList<std::pair<QString, EntityType>> entities{
        {QStringLiteral("Northwind Analytics"), EntityType::Company}, {QStringLiteral("Corvane AI"), EntityType::Company},
        {QStringLiteral("Priya Raman"), EntityType::Person},          {QStringLiteral("Helix Labs"), EntityType::Company},
        {QStringLiteral("Baltic Freight"), EntityType::Company},      {QStringLiteral("Dana Okafor"), EntityType::Person}};
    for (const auto &[name, type] : entities) {
        ExtractedEntity e;
        e.name = name;
        e.type = type;
        if (text.contains(name))
            e.mentions << spanOf(text, name);
        x.entities << e;
    }
    for (const SeedRelation &r : relations) {
        ExtractedRelation er;
        er.type = r.type;
        er.source = r.source;
        er.target = r.target;
        er.status = r.status;
        er.date = r.date;
        const int start = int(text.indexOf(r.sentenceStart));
        er.evidence = {start, int(text.indexOf(u'.', start)) + 1};
        er.confidence = 0.8;
        x.relations << er;
    }
    return ArticleWriter(db).store(source, x).outcome == StoreResult::Outcome::Stored;
}

// Northwind at the centre of five relations of five types; the acquisition is
// stated by two articles, the only dated relation.
bool seed(const QString &path)
{
    Database db;
    if (!db.open(path))
        return false;
    const QString first = QStringLiteral(
        "Northwind Analytics completed its purchase of Corvane AI in March. Corvane AI was founded by Priya Raman. "
        "Northwind Analytics is in talks to partner with Helix Labs. Northwind Analytics competes with Baltic Freight. "
        "Northwind Analytics is expected to hire Dana Okafor.");
    const QString second = QStringLiteral("Northwind Analytics bought Corvane AI this spring.");
    return storeArticle(db, "ab", first,
                        {{RelationType::Acquired, 0, 1, Status::Completed, QStringLiteral("2025-03"),
                          QStringLiteral("Northwind Analytics completed")},
                         {RelationType::Founded, 2, 1, Status::Completed, {}, QStringLiteral("Corvane AI was")},
                         {RelationType::PartnersWith, 0, 3, Status::Talks, {}, QStringLiteral("Northwind Analytics is in")},
                         {RelationType::CompetesWith, 0, 4, Status::Completed, {},
                          QStringLiteral("Northwind Analytics competes")},
                         {RelationType::Hired, 0, 5, Status::Expected, {}, QStringLiteral("Northwind Analytics is expected")}})
        && storeArticle(db, "cd", second,
                        {{RelationType::Acquired, 0, 1, Status::Completed, QStringLiteral("2025-03"),
                          QStringLiteral("Northwind Analytics bought")}});
}

int visibleEdgeItems(const GraphView &view)
{
    int count = 0;
    for (const EdgeItem *item : view.graphScene()->edgeItems())
        count += item->isVisible() ? 1 : 0;
    return count;
}

QListWidgetItem *itemNamed(QListWidget *list, const QString &text)
{
    const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class tst_GuiNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_network"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("network.sqlite"));
        QVERIFY(seed(m_db));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(m_db);
        m_window->setShowImportSummary(false);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const qint64 northwind = EntityStore(*m_window->database())
                                     .resolve(QStringLiteral("Northwind Analytics"), EntityType::Company)
                                     .value_or(0);
        QVERIFY(northwind > 0);
        m_window->centreTabs()->setCurrentWidget(m_window->networkTab());
        m_window->selectEntity(northwind);
        m_tab = m_window->networkTab();
        m_tab->setHops(2);
        QCOMPARE(m_tab->shownGraph().edgeCount(), 5);
        QCOMPARE(visibleEdgeItems(*m_tab->view()), 5);
        // The panel opens from the tool bar button.
        auto *button = m_tab->findChild<QToolButton *>(QStringLiteral("graphFilterButton"));
        QVERIFY(button);
        QVERIFY(!m_tab->filterPanel()->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_tab->filterPanel()->isVisible());
    }

    void cleanup() { m_window.reset(); }

    void uncheckRelationTypeByKeyboard()
    {
        auto *list = m_tab->findChild<QListWidget *>(QStringLiteral("graphRelationFilter"));
        QVERIFY(list);
        QCOMPARE(list->count(), 10); // every type but `raised`, which has no target
        QListWidgetItem *competes = itemNamed(list, GraphLegend::relationTypeLabel(RelationType::CompetesWith));
        QVERIFY(competes);
        list->setFocus();
        list->setCurrentItem(competes);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(competes->checkState(), Qt::Unchecked);
        QCOMPARE(visibleEdgeItems(*m_tab->view()), 4);
        QVERIFY(!(m_tab->view()->filter().relationTypes & GraphFilter::relationTypeBit(RelationType::CompetesWith)));
        QVERIFY(m_tab->findChild<QToolButton *>(QStringLiteral("graphFilterButton"))->text().contains(u'1'));

        // Space again brings it back; the filter is open again.
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(visibleEdgeItems(*m_tab->view()), 5);
        QVERIFY(m_tab->filter().isOpen());
    }

    void uncheckRelationTypeByMouse()
    {
        auto *list = m_tab->findChild<QListWidget *>(QStringLiteral("graphRelationFilter"));
        QListWidgetItem *acquired = itemNamed(list, GraphLegend::relationTypeLabel(RelationType::Acquired));
        QVERIFY(acquired);
        // The check box sits at the left of the row, after the focus margin.
        const QRect rect = list->visualItemRect(acquired);
        const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
        const int indicator = list->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, list);
        const QPoint checkBox(rect.left() + margin + indicator / 2, rect.center().y());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, checkBox);
        QCOMPARE(acquired->checkState(), Qt::Unchecked);
        QCOMPARE(visibleEdgeItems(*m_tab->view()), 4);

        // "Show all" clears the filter and checks the item again.
        QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("graphFilterReset")), Qt::LeftButton);
        QCOMPARE(acquired->checkState(), Qt::Checked);
        QCOMPARE(visibleEdgeItems(*m_tab->view()), 5);
    }

    void otherFacets_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("visibleEdges");
        QTest::newRow("status in talks") << QStringLiteral("talks") << 4;
        QTest::newRow("people") << QStringLiteral("people") << 3;
        QTest::newRow("two articles") << QStringLiteral("articles") << 1;
        QTest::newRow("years, dated only") << QStringLiteral("years") << 1;
        QTest::newRow("years, undated kept") << QStringLiteral("years+undated") << 5;
        QTest::newRow("years, other year") << QStringLiteral("other year") << 4;
    }

    void otherFacets()
    {
        QFETCH(QString, what);
        QFETCH(int, visibleEdges);
        auto *statuses = m_tab->findChild<QListWidget *>(QStringLiteral("graphStatusFilter"));
        auto *entities = m_tab->findChild<QListWidget *>(QStringLiteral("graphEntityFilter"));
        auto *from = m_tab->findChild<QSpinBox *>(QStringLiteral("graphFromYear"));
        auto *to = m_tab->findChild<QSpinBox *>(QStringLiteral("graphToYear"));
        auto *undated = m_tab->findChild<QCheckBox *>(QStringLiteral("graphKeepUndated"));
        auto *minArticles = m_tab->findChild<QSpinBox *>(QStringLiteral("graphMinArticles"));
        QVERIFY(statuses && entities && from && to && undated && minArticles);
        QCOMPARE(from->text(), QStringLiteral("any"));

        if (what == QLatin1StringView("talks")) {
            itemNamed(statuses, QStringLiteral("in talks"))->setCheckState(Qt::Unchecked);
        } else if (what == QLatin1StringView("people")) {
            itemNamed(entities, QStringLiteral("People"))->setCheckState(Qt::Unchecked);
        } else if (what == QLatin1StringView("articles")) {
            minArticles->setFocus();
            QTest::keyClick(minArticles, Qt::Key_Up);
            QTest::keyClick(minArticles, Qt::Key_Up);
            QCOMPARE(minArticles->value(), 2);
        } else if (what.startsWith(QLatin1StringView("years")) || what == QLatin1StringView("other year")) {
            const int year = what == QLatin1StringView("other year") ? 2019 : 2025;
            from->setValue(year);
            to->setValue(year);
            if (what == QLatin1StringView("years+undated"))
                undated->setChecked(true);
            else if (what == QLatin1StringView("years"))
                undated->setChecked(false);
        }
        QCOMPARE(visibleEdgeItems(*m_tab->view()), visibleEdges);
    }

    void stepUpFromAnyYearLandsOnThisYear()
    {
        auto *from = m_tab->findChild<QSpinBox *>(QStringLiteral("graphFromYear"));
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Up);
        QCOMPARE(from->value(), QDate::currentDate().year());
        QCOMPARE(m_tab->filter().from, QDate(QDate::currentDate().year(), 1, 1));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
    NetworkTab *m_tab = nullptr;
};

QTEST_MAIN(tst_GuiNetwork)
#include "tst_gui_network.moc"
