#include "chartbuilder.h"

#include "graph/graphstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace liaison {

namespace {

const QColor kText(0x22, 0x2b, 0x36);
const QColor kMuted(0x5f, 0x6b, 0x78);
const QColor kGrid(0xe3, 0xe7, 0xec);
const QColor kTalent(0x2f, 0x6d, 0xb5); // GraphStyle's company blue: flows run between companies

// Currencies get steady colours so EUR is the same blue in every chart.
QColor currencyColor(const QString &currency, int index)
{
    if (currency == u"EUR")
        return QColor(0x2f, 0x6d, 0xb5);
    if (currency == u"USD")
        return QColor(0x16, 0x8a, 0x6e);
    if (currency == u"GBP")
        return QColor(0x8a, 0x5c, 0xb8);
    if (currency == u"CHF")
        return QColor(0xc0, 0x39, 0x2b);
    if (currency == u"JPY")
        return QColor(0xd6, 0x7d, 0x00);
    static const QColor others[] = {QColor(0x34, 0x49, 0x5e), QColor(0xd0, 0x3a, 0x8c), QColor(0x7f, 0x8c, 0x8d),
                                    QColor(0xa0, 0x5a, 0x2c)};
    return others[index % std::size(others)];
}

QColor seriesColor(const ChartData &data, const QString &series, int index)
{
    if (data.kind == ChartKind::MoneyByQuarter)
        return currencyColor(series, index);
    if (data.kind == ChartKind::TalentFlow)
        return kTalent;
    if (const std::optional<RelationType> type = chartRelationTypeFromLabel(series))
        return GraphStyle::relationColor(*type);
    return currencyColor(QString(), index);
}

// Long category names (types, companies, "A → B") read best down the side.
bool isHorizontal(ChartKind kind)
{
    return kind == ChartKind::RelationsByType || kind == ChartKind::MostConnected || kind == ChartKind::TalentFlow;
}

// A tick step of 1, 2 or 5 times a power of ten giving at most ~8 ticks;
// counts never get fractional ticks.
double niceStep(double max, bool integral)
{
    if (max <= 0)
        return 1;
    const double raw = max / 8;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= raw)
            break;
    }
    return integral ? std::max(1.0, std::ceil(step)) : step;
}

// Pixel sizes (at 96 dpi), not points: a chart is laid out once and scaled to
// the target, and point sizes would be resolved again against a printer's or
// PDF's resolution and come out several times too large.
QFont scaledFont(const QFont &base, qreal pointSize, int weight = QFont::Normal)
{
    QFont font = base;
    font.setPixelSize(qRound(pointSize * 96 / 72));
    font.setWeight(QFont::Weight(weight));
    return font;
}

QString titleHtml(const ChartData &data)
{
    QString html = QStringLiteral("<div align=\"center\"><span style=\"font-size:20px; font-weight:600; color:%1\">%2</span>")
                       .arg(kText.name(), data.title.toHtmlEscaped());
    if (!data.note.isEmpty())
        html += QStringLiteral("<br><span style=\"font-size:12px; font-weight:normal; color:%1\">%2</span>")
                    .arg(kMuted.name(), data.note.toHtmlEscaped());
    return html + QStringLiteral("</div>");
}

void styleAxis(QAbstractAxis *axis, const QString &title, const QFont &base)
{
    axis->setTitleText(title);
    axis->setTitleFont(scaledFont(base, 9.5, QFont::DemiBold));
    axis->setTitleBrush(kMuted);
    axis->setLabelsFont(scaledFont(base, 9));
    axis->setLabelsBrush(kText);
    axis->setLinePen(QPen(kGrid.darker(115), 1));
    axis->setGridLinePen(QPen(kGrid, 1));
}

// The "no data" message, kept centred in the plot area as the chart resizes.
void addEmptyMessage(QChart *chart, const QFont &base)
{
    auto *message = new QGraphicsSimpleTextItem(
        QCoreApplication::translate("liaison::Charts", "No data for these filters"), chart);
    message->setFont(scaledFont(base, 13));
    message->setBrush(kMuted);
    const auto place = [chart, message](const QRectF &) {
        const QRectF area = chart->plotArea().isEmpty() ? chart->rect() : chart->plotArea();
        const QRectF box = message->boundingRect();
        message->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart, place] { place(chart->rect()); });
    place(chart->rect());
}

} // namespace

QChart *buildChart(const ChartData &data, QGraphicsItem *parent)
{
    auto *chart = new QChart(parent);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(14, 10, 18, 10));
    const QFont base = chart->font();
    chart->setFont(scaledFont(base, 9));
    chart->setTitleFont(scaledFont(base, 15, QFont::DemiBold));
    chart->setTitle(titleHtml(data));
    chart->setTitleBrush(kText);

    QLegend *legend = chart->legend();
    legend->setFont(scaledFont(base, 9));
    legend->setLabelColor(kText);
    legend->setAlignment(isHorizontal(data.kind) ? Qt::AlignBottom : Qt::AlignTop);
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);

    if (data.isEmpty()) {
        legend->hide();
        addEmptyMessage(chart, base);
        return chart;
    }

    const bool horizontal = isHorizontal(data.kind);
    // Horizontal charts list their first category at the top; Qt draws the
    // first one at the bottom, so the axis gets them reversed.
    QStringList categories = data.categories;
    if (horizontal)
        std::reverse(categories.begin(), categories.end());

    QAbstractBarSeries *series = nullptr;
    const bool singleSeries = data.series.isEmpty();
    if (data.kind == ChartKind::RelationsByType) {
        // One set per type, each with a value in its own category only and
        // stacked so every bar takes the full width in its type's colour.
        series = new QHorizontalStackedBarSeries;
    } else if (horizontal) {
        series = data.isStacked() ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                  : new QHorizontalBarSeries;
    } else {
        series = data.isStacked() ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    }

    const auto addSet = [&](const QString &label, const QString &seriesName, const QColor &colour,
                            const std::function<double(const QString &)> &valueOf) {
        auto *set = new QBarSet(label);
        for (const QString &category : std::as_const(categories))
            set->append(valueOf(category));
        set->setColor(colour);
        // White seams keep the segments of a stack apart when hues are close.
        set->setPen(data.isStacked() ? QPen(Qt::white, 1) : QPen(colour.darker(115), 1));
        set->setLabelColor(kText);
        set->setLabelFont(scaledFont(base, 8.5));
        set->setProperty("liaisonSeries", seriesName);
        set->setProperty("liaisonCategories", categories);
        series->append(set);
    };

    if (data.kind == ChartKind::RelationsByType) {
        for (const QString &category : std::as_const(data.categories)) {
            const std::optional<RelationType> type = chartRelationTypeFromLabel(category);
            addSet(category, QString(), type ? GraphStyle::relationColor(*type) : kTalent,
                   [&](const QString &c) { return c == category ? data.categoryTotal(c) : 0.0; });
        }
        legend->hide();
    } else if (singleSeries) {
        addSet(data.yLabel, QString(), seriesColor(data, QString(), 0),
               [&](const QString &c) { return data.categoryTotal(c); });
        legend->hide();
    } else {
        for (int i = 0; i < data.series.size(); ++i) {
            const QString name = data.series.at(i);
            addSet(name, name, seriesColor(data, name, i), [&](const QString &c) {
                const ChartBar *bar = data.bar(c, name);
                return bar ? bar->value : 0.0;
            });
        }
    }

    // Values on the bars where they can be read: single bars and grouped
    // money bars; stacks would crowd them.
    const bool labels = !data.isStacked() || data.kind == ChartKind::RelationsByType;
    series->setLabelsVisible(labels);
    if (labels) {
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(data.kind == ChartKind::MoneyByQuarter ? 4 : 6);
    }
    // Bars take most of their slot, but a chart of three bars should not be
    // three slabs: their thickness is capped in pixels as the plot resizes.
    const qreal fraction = horizontal ? 0.65 : 0.8;
    const qreal maxThickness = horizontal ? 46 : (data.isStacked() || singleSeries ? 120 : 60.0 * data.series.size());
    const qsizetype slots = std::max<qsizetype>(1, categories.size());
    series->setBarWidth(fraction);
    QObject::connect(chart, &QChart::plotAreaChanged, series, [series, horizontal, fraction, maxThickness,
                                                               slots](const QRectF &area) {
        const qreal slot = (horizontal ? area.height() : area.width()) / qreal(slots);
        if (slot > 0)
            series->setBarWidth(std::clamp(maxThickness / slot, 0.15, fraction));
    });
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // Down the side, the names say what they are; a title would only take room.
    styleAxis(categoryAxis, horizontal ? QString() : data.xLabel, base);
    categoryAxis->setGridLineVisible(false);
    if (!horizontal && categories.size() > 8)
        categoryAxis->setLabelsAngle(-60);

    auto *valueAxis = new QValueAxis;
    styleAxis(valueAxis, data.yLabel, base);
    const bool integral = data.kind != ChartKind::MoneyByQuarter;
    // Headroom above the tallest bar, more where a value label sits on it.
    const double max = data.maxValue(data.isStacked()) * (labels ? 1.12 : 1.05);
    const double step = niceStep(max, integral);
    const double top = std::max(step, std::ceil(max / step) * step);
    valueAxis->setRange(0, top);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(integral || step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    valueAxis->setMinorGridLineVisible(false);

    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    return chart;
}

const ChartBar *chartBarAt(const ChartData &data, const QString &series, int categoryIndex)
{
    if (categoryIndex < 0 || categoryIndex >= data.categories.size())
        return nullptr;
    return data.bar(data.categories.at(categoryIndex), series);
}

const ChartBar *chartBarAt(const ChartData &data, const QBarSet *set, int index)
{
    if (!set)
        return nullptr;
    const QStringList categories = set->property("liaisonCategories").toStringList();
    if (index < 0 || index >= categories.size())
        return nullptr;
    return data.bar(categories.at(index), set->property("liaisonSeries").toString());
}

} // namespace liaison
