#include "chartstab.h"

#include "charts/chartbuilder.h"
#include "charts/chartkind.h"
#include "storage/database.h"
#include "storage/entitystore.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace liaison {

namespace {

// Names listed under the chart after a click; the rest are counted.
constexpr int kMaxListedNames = 12;

struct LoadResult {
    ChartData data;
    QString error;
};

} // namespace

ChartsTab::ChartsTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_kinds = new QComboBox(this);
    m_kinds->setObjectName(QStringLiteral("chartKind"));
    for (ChartKind kind : allChartKinds())
        m_kinds->addItem(chartKindTitle(kind), chartKindId(kind));
    auto *kindLabel = new QLabel(tr("C&hart:"), this);
    kindLabel->setBuddy(m_kinds);
    m_top = new QSpinBox(this);
    m_top->setObjectName(QStringLiteral("chartTopN"));
    m_top->setRange(3, 100);
    m_top->setValue(m_filter.topN);
    m_top->setToolTip(tr("How many bars to keep, largest first"));
    m_topLabel = new QLabel(tr("&Top:"), this);
    m_topLabel->setBuddy(m_top);
    m_filterInfo = new QLabel(this);
    m_filterInfo->setObjectName(QStringLiteral("chartFilterInfo"));
    m_filterButton = new QToolButton(this);
    m_filterButton->setObjectName(QStringLiteral("chartFilterButton"));
    m_filterButton->setText(tr("&Filters…"));
    m_filterButton->setToolTip(tr("Charts follow the graph's filters: change them in the Graph tab"));
    bar->addWidget(kindLabel);
    bar->addWidget(m_kinds);
    bar->addSpacing(12);
    bar->addWidget(m_topLabel);
    bar->addWidget(m_top);
    bar->addStretch();
    bar->addWidget(m_filterInfo);
    bar->addWidget(m_filterButton);
    layout->addLayout(bar);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("chartDescription"));
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_description);

    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 240);
    layout->addWidget(m_view, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("chartSelection"));
    m_selection->setWordWrap(true);
    m_selection->setTextFormat(Qt::RichText);
    m_selection->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_selection->setText(tr("Click a bar to select the companies and people behind it."));
    layout->addWidget(m_selection);

    // The chart chosen last time.
    if (const auto kind = chartKindFromId(QSettings().value(QStringLiteral("charts/kind")).toString())) {
        m_kind = *kind;
        m_kinds->setCurrentIndex(m_kinds->findData(chartKindId(m_kind)));
    }
    connect(m_selection, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"entity:"))
            Q_EMIT entityActivated(link.mid(7).toLongLong());
    });
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto kind = chartKindFromId(m_kinds->currentData().toString()); kind && *kind != m_kind) {
            m_kind = *kind;
            QSettings().setValue(QStringLiteral("charts/kind"), chartKindId(m_kind));
            updateControls();
            reload();
        }
    });
    connect(m_top, &QSpinBox::valueChanged, this, [this](int n) {
        if (n == m_filter.topN)
            return;
        m_filter.topN = n;
        reload();
    });
    connect(m_filterButton, &QToolButton::clicked, this, &ChartsTab::filtersRequested);
    updateControls();
    updateFilterInfo();
}

ChartsTab::~ChartsTab()
{
    // A load in flight reports to nobody: its continuation is tied to this.
    ++m_job;
}

QChart *ChartsTab::chart() const { return m_view->chart(); }

void ChartsTab::setDatabase(Database *db)
{
    m_db = db;
    m_selected.clear();
    reload();
}

void ChartsTab::setKind(ChartKind kind)
{
    m_kinds->setCurrentIndex(m_kinds->findData(chartKindId(kind)));
}

int ChartsTab::topN() const { return m_top->value(); }

void ChartsTab::setTopN(int n) { m_top->setValue(n); }

void ChartsTab::setGraphFilter(const GraphFilter &filter)
{
    m_graphFilter = filter;
    ChartFilter chartFilter = chartFilterFromGraphFilter(filter);
    chartFilter.topN = m_filter.topN;
    updateFilterInfo();
    if (chartFilter == m_filter)
        return; // entity types and the like do not change a chart
    m_filter = chartFilter;
    reload();
}

void ChartsTab::updateFilterInfo()
{
    int facets = 0;
    facets += m_graphFilter.relationTypes != GraphFilter::kAll ? 1 : 0;
    facets += m_graphFilter.statuses != GraphFilter::kAll ? 1 : 0;
    facets += (m_graphFilter.from.isValid() || m_graphFilter.to.isValid()) ? 1 : 0;
    m_filterInfo->setText(facets == 0 ? tr("All relations")
                                      : tr("%n graph filter(s) applied", nullptr, facets));
}

void ChartsTab::updateControls()
{
    const bool ranked = m_kind == ChartKind::MostConnected || m_kind == ChartKind::TalentFlow;
    m_top->setVisible(ranked);
    m_topLabel->setVisible(ranked);
    m_description->setText(chartKindDescription(m_kind));
}

void ChartsTab::reload()
{
    m_dirty = true;
    if (isVisible())
        startLoad();
}

void ChartsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        startLoad();
}

void ChartsTab::startLoad()
{
    m_dirty = false;
    const quint64 job = ++m_job;
    if (!m_db) {
        showData(ChartData(), QString());
        return;
    }
    m_loading = true;
    setCursor(Qt::BusyCursor);
    const QString path = m_db->path();
    const ChartKind kind = m_kind;
    const ChartFilter filter = m_filter;
    // SQLite connections belong to one thread: the worker opens its own, reads, closes.
    QtConcurrent::run([path, kind, filter] {
        LoadResult result;
        Database db;
        if (!db.open(path, Database::OpenMode::MustExist)) {
            result.error = db.errorString();
            return result;
        }
        result.data = loadChartData(db, kind, filter);
        return result;
    }).then(this, [this, job](const LoadResult &result) {
        if (job != m_job)
            return; // a newer load was asked for meanwhile
        m_loading = false;
        unsetCursor();
        showData(result.data, result.error);
    });
}

void ChartsTab::showData(const ChartData &data, const QString &error)
{
    m_data = data;
    m_selected.clear();
    QChart *old = m_view->chart();
    QChart *chart = buildChart(m_data);
    // Exports and prints capture what is shown: no half-grown bars.
    chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setChart(chart);
    delete old; // setChart() hands the old chart back to us
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            connect(bars, &QAbstractBarSeries::clicked, this, &ChartsTab::onBarClicked);
            connect(bars, &QAbstractBarSeries::hovered, this, [this](bool over) {
                m_view->viewport()->setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
            });
        }
    }
    if (!error.isEmpty()) {
        m_note->setText(tr("The chart could not be read: %1").arg(error));
        m_note->show();
    } else {
        m_note->setText(m_data.note);
        m_note->setVisible(!m_data.note.isEmpty());
    }
    m_selection->setText(m_data.isEmpty() ? QString()
                                          : tr("Click a bar to select the companies and people behind it."));
    Q_EMIT loaded();
}

void ChartsTab::onBarClicked(int index, QBarSet *set)
{
    // The set knows its categories in its own order (horizontal charts list them reversed).
    activate(chartBarAt(m_data, set, index));
}

bool ChartsTab::activateBar(const QString &series, int categoryIndex)
{
    return activate(chartBarAt(m_data, series, categoryIndex));
}

bool ChartsTab::activate(const ChartBar *bar)
{
    if (!bar)
        return false;
    m_selected = bar->entityIds;
    const QString what = bar->series.isEmpty() ? bar->category : tr("%1, %2", "category, series").arg(bar->category, bar->series);
    QStringList names;
    if (m_db) {
        EntityStore store(*m_db);
        for (qint64 id : std::as_const(m_selected)) {
            if (names.size() == kMaxListedNames)
                break;
            if (const std::optional<Entity> entity = store.entity(id))
                names << QStringLiteral("<a href=\"entity:%1\">%2</a>").arg(id).arg(entity->name.toHtmlEscaped());
        }
    }
    QString text = u"<b>" + what.toHtmlEscaped() + u"</b>: ";
    if (names.isEmpty())
        text += tr("no entity behind this bar.").toHtmlEscaped();
    else
        text += names.join(QStringLiteral(", "));
    if (m_selected.size() > names.size())
        text += u' ' + tr("and %n more", nullptr, int(m_selected.size() - names.size())).toHtmlEscaped();
    m_selection->setText(text);
    Q_EMIT barActivated(m_selected, what);
    return true;
}

} // namespace liaison
