#include "chartseed.h"

#include "chartstab.h"
#include "entitypane.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "networktab.h"

#include "charts/chartbuilder.h"
#include "charts/chartkind.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {

QList<QBarSet *> barSets(QChart *chart)
{
    QList<QBarSet *> sets;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            sets << bars->barSets();
    }
    return sets;
}

double setsTotal(QChart *chart)
{
    double total = 0;
    for (QBarSet *set : barSets(chart)) {
        for (int i = 0; i < set->count(); ++i)
            total += set->at(i);
    }
    return total;
}

double dataTotal(const ChartData &data)
{
    double total = 0;
    for (const ChartBar &bar : data.bars)
        total += bar.value;
    return total;
}

} // namespace

class tst_GuiCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_charts"));
        QSettings().clear(); // no chart kind or export folder from an earlier run
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("charts.sqlite"));
        QVERIFY(testseed::seedChartDatabase(m_path));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(m_path);
        m_window->setShowImportSummary(false);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_charts = m_window->chartsTab();
        QVERIFY(m_charts);
    }

    void cleanup() { m_window.reset(); }

    // The tab loads lazily: nothing is read until it is shown.
    void showingTheTabLoadsTheChart()
    {
        QSignalSpy loaded(m_charts, &ChartsTab::loaded);
        QCOMPARE(loaded.size(), 0);
        m_window->centreTabs()->setCurrentWidget(m_charts);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!m_charts->isLoading());
        QCOMPARE(m_charts->kind(), ChartKind::RelationsByType);
        QVERIFY(m_charts->chart());
        QVERIFY(m_charts->chart()->title().contains(chartKindTitle(ChartKind::RelationsByType)));
    }

    void chartMatchesData_data()
    {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<int>("categories");
        QTest::addColumn<int>("sets");
        QTest::addColumn<double>("total");
        // 8 relations of 7 types; one set per type, each filling its own bar.
        QTest::newRow("relations by type") << ChartKind::RelationsByType << 7 << 7 << 8.0;
        // Nov 2024 to Jun 2025; acquisitions, investments, funding, hires.
        QTest::newRow("deals over time") << ChartKind::DealsOverTime << 8 << 4 << 5.0;
        // Northwind 4, Corvane 3, Halden 3, Brightlake 1 (ends counted once each).
        QTest::newRow("most connected") << ChartKind::MostConnected << 4 << 6 << 11.0;
        // Q4 2024 (12 USD) to Q2 2025 (30 EUR); USD and EUR kept apart.
        QTest::newRow("money by quarter") << ChartKind::MoneyByQuarter << 3 << 2 << 242.0;
        // Priya moved from Northwind to Halden.
        QTest::newRow("talent flow") << ChartKind::TalentFlow << 1 << 1 << 1.0;
    }

    void chartMatchesData()
    {
        QFETCH(ChartKind, kind);
        QFETCH(int, categories);
        QFETCH(int, sets);
        QFETCH(double, total);
        showKind(kind);
        QCOMPARE(m_charts->kind(), kind);
        const ChartData &data = m_charts->data();
        QCOMPARE(data.kind, kind);
        QCOMPARE(data.categories.size(), categories);
        QCOMPARE(dataTotal(data), total);
        QChart *chart = m_charts->chart();
        QCOMPARE(barSets(chart).size(), sets);
        // What is drawn adds up to the data behind it.
        QCOMPARE(setsTotal(chart), total);
    }

    void followsTheGraphFilters()
    {
        showKind(ChartKind::RelationsByType);
        const ChartBar *acquisitions = m_charts->data().bar(chartRelationTypeLabel(RelationType::Acquired));
        QVERIFY(acquisitions);
        QCOMPARE(acquisitions->value, 2.0);

        // Completed relations only, set in the graph's filter panel: the talks
        // about Brightlake drop out of the chart.
        QSignalSpy loaded(m_charts, &ChartsTab::loaded);
        GraphFilter filter;
        filter.statuses = GraphFilter::statusBit(Status::Completed);
        m_window->networkTab()->setFilter(filter);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(m_charts->chartFilter().statuses, QSet<Status>{Status::Completed});
        acquisitions = m_charts->data().bar(chartRelationTypeLabel(RelationType::Acquired));
        QVERIFY(acquisitions);
        QCOMPARE(acquisitions->value, 1.0);
        QCOMPARE(setsTotal(m_charts->chart()), 7.0);

        // Only acquisitions and hires: two bars.
        filter = GraphFilter();
        filter.relationTypes =
            GraphFilter::relationTypeBit(RelationType::Acquired) | GraphFilter::relationTypeBit(RelationType::Hired);
        m_window->networkTab()->setFilter(filter);
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(m_charts->data().categories.size(), 2);
        QCOMPARE(barSets(m_charts->chart()).size(), 2);
        QCOMPARE(setsTotal(m_charts->chart()), 3.0);

        // A filter on entity types does not change a chart: no reload.
        GraphFilter people = filter;
        people.entityTypes = 1u << unsigned(EntityType::Person);
        m_window->networkTab()->setFilter(people);
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 2);
        QVERIFY(m_charts->findChild<QLabel *>(QStringLiteral("chartFilterInfo"))->text().contains(u'1'));
    }

    void clickingABarSelectsItsEntities()
    {
        showKind(ChartKind::RelationsByType);
        QChart *chart = m_charts->chart();
        const ChartData &data = m_charts->data();
        const QString hires = chartRelationTypeLabel(RelationType::Hired);
        const int category = int(data.categories.indexOf(hires));
        QVERIFY(category >= 0);

        // Click in the middle of the hires bar, through the real view.
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QSignalSpy clicked(series, &QAbstractBarSeries::clicked);
        QSignalSpy activated(m_charts, &ChartsTab::barActivated);
        QChartView *view = m_charts->chartView();
        // The chart lays itself out on the next event loop pass.
        QTRY_VERIFY(chart->plotArea().height() > 100);
        QTest::qWait(50);
        // Categories share the plot equally, in the order of the set's values
        // (horizontal charts list them bottom-up); a bar rises from the axis.
        QBarSet *set = nullptr;
        for (QBarSet *candidate : series->barSets()) {
            if (candidate->label() == hires)
                set = candidate;
        }
        QVERIFY(set);
        const int slot = int(set->property("liaisonCategories").toStringList().indexOf(hires));
        QVERIFY(slot >= 0);
        const QRectF plot = chart->plotArea();
        const int slots = int(data.categories.size());
        const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
            || series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
        const QPointF inChart = horizontal
            ? QPointF(plot.left() + 10, plot.bottom() - (slot + 0.5) * plot.height() / slots)
            : QPointF(plot.left() + (slot + 0.5) * plot.width() / slots, plot.bottom() - 10);
        const QPoint pos = view->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(activated.size(), 1);

        // Halden hired Priya: both are behind the bar; the first is selected.
        const QList<qint64> ids = activated.first().at(0).value<QList<qint64>>();
        QCOMPARE(ids.size(), 2);
        QCOMPARE(m_charts->selectedEntities(), ids);
        QCOMPARE(m_window->entityPane()->entityId(), ids.first());
        QCOMPARE(m_window->entityPane()->title(), QStringLiteral("Halden Systems"));
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("Halden Systems")) && message.contains(hires), qPrintable(message));
        // The rest are named under the chart, as links that select them.
        auto *selection = m_charts->findChild<QLabel *>(QStringLiteral("chartSelection"));
        QVERIFY(selection->text().contains(QStringLiteral("Priya Raman")));
        QVERIFY(selection->text().contains(QStringLiteral("entity:%1").arg(ids.at(1))));
        Q_EMIT selection->linkActivated(QStringLiteral("entity:%1").arg(ids.at(1)));
        QCOMPARE(m_window->entityPane()->title(), QStringLiteral("Priya Raman"));
    }

    void clickOnAHorizontalChartMapsToTheRightCompany()
    {
        showKind(ChartKind::MostConnected);
        // The acquisitions set, clicked at Brightlake's row (the chart lists
        // the first company on top, so the set's order is reversed).
        QBarSet *acquisitions = nullptr;
        for (QBarSet *set : barSets(m_charts->chart())) {
            if (set->property("liaisonSeries").toString() == chartRelationTypeLabel(RelationType::Acquired))
                acquisitions = set;
        }
        QVERIFY(acquisitions);
        auto *series = qobject_cast<QAbstractBarSeries *>(m_charts->chart()->series().value(0));
        const int row = int(acquisitions->property("liaisonCategories").toStringList().indexOf(u"Brightlake"));
        QVERIFY(row >= 0);
        QSignalSpy activated(m_charts, &ChartsTab::barActivated);
        Q_EMIT series->clicked(row, acquisitions);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(m_window->entityPane()->title(), QStringLiteral("Brightlake"));
    }

    void reloadsWhenAnImportLands()
    {
        showKind(ChartKind::RelationsByType);
        QCOMPARE(dataTotal(m_charts->data()), 8.0);
        {
            Database db;
            QVERIFY(db.open(m_path, Database::OpenMode::MustExist));
            testseed::SeedArticle more{QStringLiteral("Quillon partners"), QStringLiteral("Tech Ledger"),
                                       QDate(2025, 8, 1),
                                       QStringLiteral("Quillon Labs partners with Halden Systems."),
                                       {{QStringLiteral("Quillon Labs"), EntityType::Company},
                                        {QStringLiteral("Halden Systems"), EntityType::Company}},
                                       {{RelationType::PartnersWith, QStringLiteral("Quillon Labs"),
                                         QStringLiteral("Halden Systems"), Status::Completed,
                                         QStringLiteral("Quillon Labs partners")}}};
            QVERIFY(testseed::store(db, more));
        }
        QSignalSpy loaded(m_charts, &ChartsTab::loaded);
        // The import controller says an import ended, as after a drop.
        Q_EMIT m_window->importController()->finished(ImportReport());
        QTRY_VERIFY(loaded.size() >= 1);
        QTRY_VERIFY(!m_charts->isLoading());
        QCOMPARE(dataTotal(m_charts->data()), 9.0);
    }

private:
    // Brings the Charts tab up with a chart of the kind, loaded.
    void showKind(ChartKind kind)
    {
        if (m_window->centreTabs()->currentWidget() != m_charts) {
            QSignalSpy loaded(m_charts, &ChartsTab::loaded);
            m_window->centreTabs()->setCurrentWidget(m_charts);
            QTRY_VERIFY(loaded.size() >= 1 && !m_charts->isLoading());
        }
        if (m_charts->kind() != kind) {
            QSignalSpy loaded(m_charts, &ChartsTab::loaded);
            // Chosen as a user does, in the combo box.
            auto *combo = m_charts->findChild<QComboBox *>(QStringLiteral("chartKind"));
            QVERIFY(combo);
            const int index = combo->findData(chartKindId(kind));
            QVERIFY(index >= 0);
            combo->setCurrentIndex(index);
            QTRY_VERIFY(loaded.size() >= 1 && !m_charts->isLoading());
        }
        QCOMPARE(m_charts->data().kind, kind);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    ChartsTab *m_charts = nullptr;
};

QTEST_MAIN(tst_GuiCharts)
#include "tst_gui_charts.moc"
