#include "chartfixture.h"

#include "charts/chartbuilder.h"
#include "charts/chartdata.h"
#include "charts/chartrenderer.h"
#include "graph/graphdata.h"
#include "graph/graphstyle.h"
#include "storage/database.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace liaison;
namespace fx = liaison::chartfixture;

namespace {

using Values = QMap<QString, double>;

// category (or "category|series") -> value, for compact comparisons.
Values valuesOf(const ChartData &data)
{
    Values values;
    for (const ChartBar &bar : data.bars)
        values.insert(bar.series.isEmpty() ? bar.category : bar.category + u'|' + bar.series, bar.value);
    return values;
}

QString month(int year, int m)
{
    return QLocale().toString(QDate(year, m, 1), QStringLiteral("MMM yyyy"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool near(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) <= 12 && qAbs(a.green() - b.green()) <= 12 && qAbs(a.blue() - b.blue()) <= 12;
}

// Pixels that are not (near) white in the middle of the picture, where the
// plot is, and whether one of them has the given colour.
int inkInPlot(const QImage &image, QColor colour = {}, bool *found = nullptr)
{
    int ink = 0;
    if (found)
        *found = false;
    for (int y = image.height() / 5; y < image.height() * 4 / 5; ++y) {
        for (int x = image.width() / 5; x < image.width() * 4 / 5; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() < 235 || c.green() < 235 || c.blue() < 235)
                ++ink;
            if (found && colour.isValid() && near(c, colour))
                *found = true;
        }
    }
    return ink;
}

ChartFilter statusFilter(Status s)
{
    ChartFilter f;
    f.statuses.insert(s);
    return f;
}

ChartFilter typeFilter(RelationType t)
{
    ChartFilter f;
    f.relationTypes.insert(t);
    return f;
}

ChartFilter dateFilter(QDate from, QDate to)
{
    ChartFilter f;
    f.from = from;
    f.to = to;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(liaison::ChartKind)
Q_DECLARE_METATYPE(liaison::ChartFilter)

class tst_Charts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kinds();
    void relationsByType();
    void dealsOverTime();
    void mostConnected();
    void moneyKeepsCurrenciesApart();
    void talentFlow();
    void filters_data();
    void filters();
    void graphFilterConversion();
    void emptyData();
    void clickedBarMapsBack();
    void png_data();
    void png();
    void svgAndPdf_data();
    void svgAndPdf();
    void renderErrors();
    void printTarget();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void tst_Charts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Set to look at the rendered charts afterwards.
    if (qEnvironmentVariableIsSet("LIAISON_KEEP_CHARTS")) {
        m_dir.setAutoRemove(false);
        qInfo("charts kept in %s", qPrintable(m_dir.path()));
    }
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("charts.sqlite"))));
    QVERIFY(fx::seed(m_db));
}

void tst_Charts::kinds()
{
    const QList<ChartKind> kinds = allChartKinds();
    QCOMPARE(kinds.size(), 5);
    QStringList ids;
    for (ChartKind kind : kinds) {
        ids << chartKindId(kind);
        QCOMPARE(chartKindFromId(chartKindId(kind)), std::optional<ChartKind>(kind));
        QVERIFY(!chartKindTitle(kind).isEmpty());
        QVERIFY(!chartKindDescription(kind).isEmpty());
    }
    QCOMPARE(ids, QStringList({QStringLiteral("relations-by-type"), QStringLiteral("deals-over-time"),
                               QStringLiteral("most-connected"), QStringLiteral("money-by-quarter"),
                               QStringLiteral("talent-flow")}));
    QVERIFY(!chartKindFromId(u"pie"));
    QVERIFY(!chartKindFromId(u""));
}

void tst_Charts::relationsByType()
{
    const ChartData data = loadChartData(m_db, ChartKind::RelationsByType, {});
    QCOMPARE(data.kind, ChartKind::RelationsByType);
    QCOMPARE(data.title, chartKindTitle(ChartKind::RelationsByType));
    // Largest first, ties in vocabulary order; Beta's rejected investment is
    // not counted.
    QCOMPARE(data.categories, QStringList({QStringLiteral("Hires"), QStringLiteral("Past employment"),
                                           QStringLiteral("Acquisitions"), QStringLiteral("Funding rounds"),
                                           QStringLiteral("Investments"), QStringLiteral("Competition"),
                                           QStringLiteral("Partnerships")}));
    const Values expected{{QStringLiteral("Acquisitions"), 2},   {QStringLiteral("Investments"), 1},
                          {QStringLiteral("Funding rounds"), 2}, {QStringLiteral("Hires"), 3},
                          {QStringLiteral("Past employment"), 3}, {QStringLiteral("Competition"), 1},
                          {QStringLiteral("Partnerships"), 1}};
    QCOMPARE(valuesOf(data), expected);

    // The entities behind a bar are the relations' endpoints.
    const ChartBar *hires = data.bar(QStringLiteral("Hires"));
    QVERIFY(hires);
    const QSet<qint64> hireIds(hires->entityIds.cbegin(), hires->entityIds.cend());
    QCOMPARE(hireIds, QSet<qint64>({fx::idOf(m_db, fx::alpha), fx::idOf(m_db, fx::gamma), fx::idOf(m_db, fx::ana),
                                    fx::idOf(m_db, fx::ben), fx::idOf(m_db, fx::chloe)}));
    const ChartBar *investments = data.bar(QStringLiteral("Investments"));
    QVERIFY(investments);
    QVERIFY(!investments->entityIds.contains(fx::idOf(m_db, fx::delta)));
}

void tst_Charts::dealsOverTime()
{
    const ChartData data = loadChartData(m_db, ChartKind::DealsOverTime, {});
    // Every month from the first deal to the last, gaps included.
    QStringList months;
    for (QDate d(2024, 11, 1); d <= QDate(2025, 6, 1); d = d.addMonths(1))
        months << month(d.year(), d.month());
    QCOMPARE(data.categories, months);
    QCOMPARE(data.series, QStringList({QStringLiteral("Acquisitions"), QStringLiteral("Investments"),
                                       QStringLiteral("Funding rounds"), QStringLiteral("Hires")}));
    QVERIFY(data.isStacked());
    const QString acq = QStringLiteral("|Acquisitions"), inv = QStringLiteral("|Investments"),
                  raised = QStringLiteral("|Funding rounds"), hires = QStringLiteral("|Hires");
    const Values expected{
        {month(2024, 11) + acq, 1},   {month(2025, 1) + acq, 1}, {month(2025, 2) + inv, 1},
        {month(2025, 2) + raised, 1}, {month(2025, 4) + hires, 2}, {month(2025, 5) + raised, 1},
        // Ana's hire has no date of its own: it is placed at its article's.
        {month(2025, 6) + hires, 1},
    };
    QCOMPARE(valuesOf(data), expected);
    QCOMPARE(data.categoryTotal(month(2024, 12)), 0.0);
    QCOMPARE(data.maxValue(true), 2.0);
}

void tst_Charts::mostConnected()
{
    const ChartData data = loadChartData(m_db, ChartKind::MostConnected, {});
    QCOMPARE(data.categories, QStringList({fx::alpha, fx::gamma, fx::beta, fx::delta}));
    QCOMPARE(data.categoryTotal(fx::alpha), 7.0);
    QCOMPARE(data.categoryTotal(fx::gamma), 4.0);
    QCOMPARE(data.categoryTotal(fx::beta), 3.0);
    QCOMPARE(data.categoryTotal(fx::delta), 2.0);
    // Stacked by relation type, each bar selecting its company.
    const ChartBar *alphaHires = data.bar(fx::alpha, QStringLiteral("Hires"));
    QVERIFY(alphaHires);
    QCOMPARE(alphaHires->value, 2.0);
    QCOMPARE(alphaHires->entityIds, QList<qint64>({fx::idOf(m_db, fx::alpha)}));
    QVERIFY(data.note.isEmpty());

    ChartFilter top2;
    top2.topN = 2;
    const ChartData top = loadChartData(m_db, ChartKind::MostConnected, top2);
    QCOMPARE(top.categories, QStringList({fx::alpha, fx::gamma}));
    QVERIFY(!top.note.isEmpty());
}

void tst_Charts::moneyKeepsCurrenciesApart()
{
    const ChartData data = loadChartData(m_db, ChartKind::MoneyByQuarter, {});
    QCOMPARE(data.categories,
             QStringList({QStringLiteral("Q4 2024"), QStringLiteral("Q1 2025"), QStringLiteral("Q2 2025")}));
    QCOMPARE(data.series, QStringList({QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD")}));
    QVERIFY(!data.isStacked()); // stacking would add euros to dollars on screen
    // In millions, one bar per currency: Q1 has 150 + 30 EUR and 20 USD,
    // never 200 of anything. Beta's rejected 5 M EUR is not in Q2.
    const Values expected{{QStringLiteral("Q4 2024|GBP"), 10}, {QStringLiteral("Q1 2025|EUR"), 180},
                          {QStringLiteral("Q1 2025|USD"), 20}, {QStringLiteral("Q2 2025|USD"), 50}};
    QCOMPARE(valuesOf(data), expected);
    QVERIFY(data.note.contains(QStringLiteral("currency")));
}

void tst_Charts::talentFlow()
{
    const ChartData data = loadChartData(m_db, ChartKind::TalentFlow, {});
    const QString betaToAlpha = fx::beta + QStringLiteral(" → ") + fx::alpha;
    const QString alphaToGamma = fx::alpha + QStringLiteral(" → ") + fx::gamma;
    QCOMPARE(data.categories, QStringList({betaToAlpha, alphaToGamma}));
    QCOMPARE(valuesOf(data), Values({{betaToAlpha, 2}, {alphaToGamma, 1}}));
    const ChartBar *bar = data.bar(betaToAlpha);
    QVERIFY(bar);
    const QSet<qint64> ids(bar->entityIds.cbegin(), bar->entityIds.cend());
    QCOMPARE(ids, QSet<qint64>({fx::idOf(m_db, fx::ana), fx::idOf(m_db, fx::chloe), fx::idOf(m_db, fx::beta),
                                fx::idOf(m_db, fx::alpha)}));
}

void tst_Charts::filters_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<ChartFilter>("filter");
    QTest::addColumn<Values>("expected");

    const auto byType = ChartKind::RelationsByType;
    QTest::newRow("completed only") << byType << statusFilter(Status::Completed)
                                    << Values{{QStringLiteral("Acquisitions"), 1},
                                              {QStringLiteral("Investments"), 1},
                                              {QStringLiteral("Funding rounds"), 1},
                                              {QStringLiteral("Hires"), 3},
                                              {QStringLiteral("Past employment"), 3}};
    QTest::newRow("acquisitions only") << byType << typeFilter(RelationType::Acquired)
                                       << Values{{QStringLiteral("Acquisitions"), 2}};
    QTest::newRow("february to april") << byType << dateFilter(QDate(2025, 2, 1), QDate(2025, 4, 30))
                                       << Values{{QStringLiteral("Investments"), 1},
                                                 {QStringLiteral("Funding rounds"), 1},
                                                 {QStringLiteral("Hires"), 2},
                                                 {QStringLiteral("Past employment"), 3},
                                                 {QStringLiteral("Competition"), 1},
                                                 {QStringLiteral("Partnerships"), 1}};
    QTest::newRow("from may") << byType << dateFilter(QDate(2025, 5, 1), QDate())
                              << Values{{QStringLiteral("Funding rounds"), 1}, {QStringLiteral("Hires"), 1}};
    QTest::newRow("until 2024") << byType << dateFilter(QDate(), QDate(2024, 12, 31))
                                << Values{{QStringLiteral("Acquisitions"), 1}};
    // A month-precise date overlapping the range passes: Chloe's "2025-04" hire.
    QTest::newRow("mid april") << byType << dateFilter(QDate(2025, 4, 10), QDate(2025, 4, 20))
                               << Values{{QStringLiteral("Hires"), 1}};
    QTest::newRow("money, completed") << ChartKind::MoneyByQuarter << statusFilter(Status::Completed)
                                      << Values{{QStringLiteral("Q1 2025|EUR"), 150},
                                                {QStringLiteral("Q1 2025|USD"), 20},
                                                {QStringLiteral("Q2 2025|USD"), 50}};
    QTest::newRow("deals, hires only") << ChartKind::DealsOverTime << typeFilter(RelationType::Hired)
                                       << Values{{month(2025, 4) + QStringLiteral("|Hires"), 2},
                                                 {month(2025, 6) + QStringLiteral("|Hires"), 1}};
    // Only hires up to April: Chloe (Beta to Alpha) and Ben (Alpha to Gamma).
    QTest::newRow("talent until april") << ChartKind::TalentFlow << dateFilter(QDate(), QDate(2025, 4, 30))
                                        << Values{{fx::beta + QStringLiteral(" → ") + fx::alpha, 1},
                                                  {fx::alpha + QStringLiteral(" → ") + fx::gamma, 1}};
    QTest::newRow("talent without hires") << ChartKind::TalentFlow << typeFilter(RelationType::WorkedAt) << Values{};
    QTest::newRow("most connected, partnerships")
        << ChartKind::MostConnected << typeFilter(RelationType::PartnersWith)
        << Values{{fx::alpha + QStringLiteral("|Partnerships"), 1}, {fx::delta + QStringLiteral("|Partnerships"), 1}};
}

void tst_Charts::filters()
{
    QFETCH(ChartKind, kind);
    QFETCH(ChartFilter, filter);
    QFETCH(Values, expected);
    const ChartData data = loadChartData(m_db, kind, filter);
    QCOMPARE(valuesOf(data), expected);
    QCOMPARE(data.isEmpty(), expected.isEmpty());
}

void tst_Charts::graphFilterConversion()
{
    GraphFilter graph;
    graph.keepUndated = false;
    QCOMPARE(chartFilterFromGraphFilter(graph), ChartFilter());
    graph.keepUndated = true;
    QVERIFY(chartFilterFromGraphFilter(graph).keepUndated);
    graph.relationTypes = GraphFilter::relationTypeBit(RelationType::Hired)
        | GraphFilter::relationTypeBit(RelationType::Raised);
    graph.statuses = GraphFilter::statusBit(Status::Completed);
    graph.from = QDate(2025, 1, 1);
    const ChartFilter chart = chartFilterFromGraphFilter(graph);
    QCOMPARE(chart.relationTypes, QSet<RelationType>({RelationType::Hired, RelationType::Raised}));
    QCOMPARE(chart.statuses, QSet<Status>({Status::Completed}));
    QCOMPARE(chart.from, QDate(2025, 1, 1));
    QVERIFY(chart.to.isNull());
}

void tst_Charts::emptyData()
{
    const ChartData data = loadChartData(m_db, ChartKind::DealsOverTime, dateFilter(QDate(2030, 1, 1), QDate()));
    QVERIFY(data.isEmpty());
    QVERIFY(data.categories.isEmpty());
    QCOMPARE(data.title, chartKindTitle(ChartKind::DealsOverTime));

    std::unique_ptr<QChart> chart(buildChart(data));
    QVERIFY(chart->series().isEmpty());
    bool message = false;
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            message = message || text->text() == u"No data for these filters";
    }
    QVERIFY(message);

    // The message is drawn, not a blank picture.
    const QString path = m_dir.filePath(QStringLiteral("empty.png"));
    QString error;
    QVERIFY2(renderChartToFile(data, path, QSize(800, 500), &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(800, 500));
    QVERIFY(inkInPlot(image) > 200);
}

void tst_Charts::clickedBarMapsBack()
{
    const ChartData data = loadChartData(m_db, ChartKind::MostConnected, {});
    std::unique_ptr<QChart> chart(buildChart(data));
    QCOMPARE(chart->series().size(), 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), data.series.size());
    for (QBarSet *set : series->barSets()) {
        // Horizontal: the first (largest) company is drawn on top, last in the set.
        const QStringList categories = set->property("liaisonCategories").toStringList();
        QCOMPARE(categories.constLast(), fx::alpha);
        const qsizetype alphaIndex = categories.size() - 1;
        const ChartBar *bar = chartBarAt(data, set, int(alphaIndex));
        const ChartBar *direct = data.bar(fx::alpha, set->property("liaisonSeries").toString());
        QCOMPARE(bar, direct);
        if (bar) {
            QCOMPARE(set->at(alphaIndex), bar->value);
            QCOMPARE(bar->entityIds, QList<qint64>({fx::idOf(m_db, fx::alpha)}));
        }
    }
    QVERIFY(!chartBarAt(data, static_cast<const QBarSet *>(nullptr), 0));
    QVERIFY(!chartBarAt(data, series->barSets().constFirst(), 99));
    QCOMPARE(chartBarAt(data, QStringLiteral("Hires"), 0), data.bar(fx::alpha, QStringLiteral("Hires")));
}

void tst_Charts::png_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QColor>("colour"); // a colour the chart's bars must show

    QTest::newRow("relations-by-type") << ChartKind::RelationsByType << QSize(900, 560)
                                       << GraphStyle::relationColor(RelationType::Acquired);
    QTest::newRow("deals-over-time") << ChartKind::DealsOverTime << QSize(1200, 750)
                                     << GraphStyle::relationColor(RelationType::Raised);
    QTest::newRow("most-connected") << ChartKind::MostConnected << QSize(1000, 600)
                                    << GraphStyle::relationColor(RelationType::Hired);
    QTest::newRow("money-by-quarter") << ChartKind::MoneyByQuarter << QSize(1200, 750) << QColor(0x2f, 0x6d, 0xb5);
    QTest::newRow("talent-flow") << ChartKind::TalentFlow << QSize(800, 500) << QColor(0x2f, 0x6d, 0xb5);
    QTest::newRow("large png") << ChartKind::RelationsByType << QSize(3000, 1800)
                               << GraphStyle::relationColor(RelationType::Acquired);
}

void tst_Charts::png()
{
    QFETCH(ChartKind, kind);
    QFETCH(QSize, size);
    QFETCH(QColor, colour);
    const ChartData data = loadChartData(m_db, kind, {});
    QVERIFY(!data.isEmpty());
    const QString path = m_dir.filePath(chartKindId(kind) + QStringLiteral("-%1.png").arg(size.width()));
    QString error;
    QVERIFY2(renderChartToFile(data, path, size, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), size);
    bool found = false;
    const int ink = inkInPlot(image, colour, &found);
    QVERIFY2(ink > size.width() * size.height() / 100, qPrintable(QString::number(ink)));
    QVERIFY2(found, qPrintable(colour.name()));
}

void tst_Charts::svgAndPdf_data()
{
    QTest::addColumn<ChartKind>("kind");
    for (ChartKind kind : allChartKinds())
        QTest::newRow(qPrintable(chartKindId(kind))) << kind;
}

void tst_Charts::svgAndPdf()
{
    QFETCH(ChartKind, kind);
    const ChartData data = loadChartData(m_db, kind, {});
    QString error;

    const QString svgPath = m_dir.filePath(chartKindId(kind) + QStringLiteral(".svg"));
    QVERIFY2(renderChartToFile(data, svgPath, QSize(1000, 600), &error), qPrintable(error));
    QXmlStreamReader xml(readAll(svgPath));
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1StringView("svg"));
    int elements = 1;
    bool hasTitleText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            ++elements;
        if (xml.isCharacters() && xml.text().contains(chartKindTitle(kind)))
            hasTitleText = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(elements > 50);
    QVERIFY(hasTitleText);

    const QString pdfPath = m_dir.filePath(chartKindId(kind) + QStringLiteral(".pdf"));
    QVERIFY2(renderChartToFile(data, pdfPath, QSize(1000, 600), &error), qPrintable(error));
    const QByteArray pdf = readAll(pdfPath);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY2(pdf.size() > 5000, qPrintable(QString::number(pdf.size())));
    // One page the chart's shape: 1000x600 px at 96 dpi = 750x450 pt.
    QVERIFY(pdf.contains("/MediaBox [0 0 750.000000 450.000000]"));
}

void tst_Charts::renderErrors()
{
    const ChartData data = loadChartData(m_db, ChartKind::RelationsByType, {});
    QString error;
    QVERIFY(!renderChartToFile(data, m_dir.filePath(QStringLiteral("chart.bmp")), QSize(400, 300), &error));
    QVERIFY(error.contains(QStringLiteral("bmp")));
    error.clear();
    const QString unwritable = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    QVERIFY(!renderChartToFile(data, unwritable, QSize(400, 300), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(unwritable));
    QVERIFY(!renderChartToFile(data, m_dir.filePath(QStringLiteral("zero.png")), QSize(0, 300), nullptr));
}

void tst_Charts::printTarget()
{
    // Printing paints into a rectangle of a larger device: the chart fills
    // that rectangle and leaves the rest alone.
    const ChartData data = loadChartData(m_db, ChartKind::RelationsByType, {});
    QImage page(1200, 1200, QImage::Format_ARGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        renderChart(data, &painter, QRectF(100, 600, 1000, 500));
    }
    const QImage top = page.copy(0, 0, 1200, 590);
    QCOMPARE(inkInPlot(top), 0);
    bool found = false;
    QVERIFY(inkInPlot(page.copy(100, 600, 1000, 500), GraphStyle::relationColor(RelationType::Acquired), &found)
            > 1000);
    QVERIFY(found);
}

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"
