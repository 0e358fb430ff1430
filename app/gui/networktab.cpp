#include "networktab.h"

#include "graph/databasegraph.h"
#include "graph/graphstyle.h"
#include "i18n/labels.h"
#include "storage/database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

#if __has_include("graphview.h")
#include "graphitems.h"
#include "graphview.h"
#define LIAISON_HAVE_GRAPHVIEW 1
#endif

namespace liaison {

namespace {

constexpr int kAnyYear = 1950; // the spin boxes' minimum, shown as "any"
constexpr int kMaxYear = 2100;

// The enum's value, kept on each list item so the panel never depends on row order.
constexpr int ValueRole = Qt::UserRole;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

QListWidget *checkList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, int value, const QIcon &icon = {})
{
    auto *item = new QListWidgetItem(icon, text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(ValueRole, value);
}

// Lists show every row: the panel scrolls as a whole, not list by list.
void fitToRows(QListWidget *list)
{
    if (list->count() == 0)
        return;
    const int rows = list->isVisible() ? list->visualItemRect(list->item(list->count() - 1)).bottom() + 1
                                        : list->sizeHintForRow(0) * list->count();
    list->setFixedHeight(rows + 2 * list->frameWidth() + 2);
}

quint32 checkedMask(const QListWidget *list)
{
    quint32 mask = 0;
    bool all = true;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked)
            mask |= 1u << item->data(ValueRole).toUInt();
        else
            all = false;
    }
    return all ? GraphFilter::kAll : mask;
}

void setCheckedMask(QListWidget *list, quint32 mask)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        const bool on = mask & (1u << item->data(ValueRole).toUInt());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

QSpinBox *yearBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(kAnyYear, kMaxYear);
    box->setSpecialValueText(QCoreApplication::translate("liaison::NetworkTab", "any"));
    box->setValue(kAnyYear);
    // Stepping up from "any" lands on this year, not on 1951.
    QObject::connect(box, &QSpinBox::valueChanged, box, [box](int value) {
        if (value == kAnyYear + 1 && box->property("previous").toInt() == kAnyYear) {
            box->setProperty("previous", QDate::currentDate().year());
            box->setValue(QDate::currentDate().year());
            return;
        }
        box->setProperty("previous", value);
    });
    box->setProperty("previous", kAnyYear);
    return box;
}

} // namespace

NetworkTab::NetworkTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_ego = new QRadioButton(tr("&Neighbourhood of the selection"), this);
    m_ego->setObjectName(QStringLiteral("graphEgo"));
    m_whole = new QRadioButton(tr("&Whole graph"), this);
    m_whole->setObjectName(QStringLiteral("graphWhole"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_ego);
    group->addButton(m_whole);
    m_ego->setChecked(true);
    m_hops = new QSpinBox(this);
    m_hops->setObjectName(QStringLiteral("graphHops"));
    m_hops->setRange(1, 3);
    m_hops->setValue(2);
    m_hops->setToolTip(tr("How many relations away from the selected entity to show"));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("graphInfo"));
    auto *hopsLabel = new QLabel(tr("&Hops:"), this);
    hopsLabel->setBuddy(m_hops);
    bar->addWidget(m_ego);
    bar->addSpacing(8);
    bar->addWidget(hopsLabel);
    bar->addWidget(m_hops);
    bar->addSpacing(16);
    bar->addWidget(m_whole);
    bar->addStretch();
    bar->addWidget(m_info);
    bar->addSpacing(8);
    m_filterButton = new QToolButton(this);
    m_filterButton->setObjectName(QStringLiteral("graphFilterButton"));
    m_filterButton->setCheckable(true);
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterButton->setToolTip(tr("Show or hide the graph filters"));
    bar->addWidget(m_filterButton);
    layout->addLayout(bar);

    m_stack = new QStackedLayout;
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_stack->addWidget(m_placeholder);
#ifdef LIAISON_HAVE_GRAPHVIEW
    m_view = new GraphView(this);
    m_view->setObjectName(QStringLiteral("graphView"));
    m_stack->addWidget(m_view);
    connect(m_view, &GraphView::entitySelected, this, &NetworkTab::entitySelected);
    connect(m_view, &GraphView::expandRequested, this, &NetworkTab::expand);
#endif
    auto *body = new QHBoxLayout;
    body->setSpacing(6);
    body->addLayout(m_stack, 1);
    m_filterPanel = buildFilterPanel();
    m_filterPanel->setVisible(false);
    body->addWidget(m_filterPanel);
    layout->addLayout(body, 1);
    connect(m_filterButton, &QToolButton::toggled, this, [this](bool visible) {
        m_filterPanel->setVisible(visible);
        // Row heights are only exact once the lists are polished and shown.
        if (visible) {
            for (QListWidget *list : {m_relationTypes, m_statuses, m_entityTypes})
                fitToRows(list);
        }
    });

    connect(m_ego, &QRadioButton::toggled, this, &NetworkTab::rebuild);
    connect(m_hops, &QSpinBox::valueChanged, this, [this] {
        if (!m_ego->isChecked())
            m_ego->setChecked(true); // choosing hops means the neighbourhood
        else
            rebuild();
    });
    updateInfo();
    rebuild();
}

QWidget *NetworkTab::buildFilterPanel()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("graphFilterPanel"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *panel = new QWidget(scroll);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 4, 0);
    v->setSpacing(4);

    m_relationTypes = checkList(QStringLiteral("graphRelationFilter"), panel);
    for (RelationType type : allRelationTypes()) {
        if (hasTarget(type)) // `raised` has no target, so it is never an edge
            addCheckItem(m_relationTypes, GraphLegend::relationTypeLabel(type), int(type),
                         swatch(GraphStyle::relationColor(type)));
    }
    m_statuses = checkList(QStringLiteral("graphStatusFilter"), panel);
    for (Status status : allStatuses())
        addCheckItem(m_statuses, labels::status(status), int(status));
    m_entityTypes = checkList(QStringLiteral("graphEntityFilter"), panel);
    for (EntityType type : allEntityTypes())
        addCheckItem(m_entityTypes, labels::entityTypePlural(type), int(type), swatch(GraphStyle::entityColor(type)));
    for (QListWidget *list : {m_relationTypes, m_statuses, m_entityTypes}) {
        fitToRows(list);
        connect(list, &QListWidget::itemChanged, this, &NetworkTab::readFilterFromPanel);
    }

    v->addWidget(heading(tr("&Relations"), m_relationTypes, panel));
    v->addWidget(m_relationTypes);
    v->addSpacing(4);
    v->addWidget(heading(tr("&Status"), m_statuses, panel));
    v->addWidget(m_statuses);
    v->addSpacing(4);
    v->addWidget(heading(tr("&Entities"), m_entityTypes, panel));
    v->addWidget(m_entityTypes);
    v->addSpacing(4);

    m_fromYear = yearBox(QStringLiteral("graphFromYear"), panel);
    m_toYear = yearBox(QStringLiteral("graphToYear"), panel);
    m_keepUndated = new QCheckBox(tr("Keep &undated relations"), panel);
    m_keepUndated->setObjectName(QStringLiteral("graphKeepUndated"));
    m_keepUndated->setChecked(true);
    m_minArticles = new QSpinBox(panel);
    m_minArticles->setObjectName(QStringLiteral("graphMinArticles"));
    m_minArticles->setRange(0, 999);
    m_minArticles->setSpecialValueText(tr("any"));
    m_minArticles->setToolTip(tr("Hide relations stated by fewer articles"));
    m_hideIsolated = new QCheckBox(tr("Hide &unconnected entities"), panel);
    m_hideIsolated->setObjectName(QStringLiteral("graphHideIsolated"));

    auto *dates = new QFormLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    dates->addRow(tr("&From:"), m_fromYear);
    dates->addRow(tr("&To:"), m_toYear);
    auto *datesHeading = heading(tr("Years"), m_fromYear, panel);
    v->addWidget(datesHeading);
    v->addLayout(dates);
    v->addWidget(m_keepUndated);
    v->addSpacing(4);
    auto *articles = new QFormLayout;
    articles->setContentsMargins(0, 0, 0, 0);
    articles->addRow(tr("&Min. articles:"), m_minArticles);
    v->addLayout(articles);
    v->addWidget(m_hideIsolated);
    v->addSpacing(4);
    auto *reset = new QPushButton(tr("Show &all"), panel);
    reset->setObjectName(QStringLiteral("graphFilterReset"));
    reset->setToolTip(tr("Clear every filter"));
    connect(reset, &QPushButton::clicked, this, [this] { setFilter(GraphFilter()); });
    v->addWidget(reset);
    v->addStretch();

    for (QSpinBox *box : {m_fromYear, m_toYear, m_minArticles})
        connect(box, &QSpinBox::valueChanged, this, &NetworkTab::readFilterFromPanel);
    for (QCheckBox *box : {m_keepUndated, m_hideIsolated})
        connect(box, &QCheckBox::toggled, this, &NetworkTab::readFilterFromPanel);

    scroll->setWidget(panel);
    const int width = panel->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width();
    scroll->setFixedWidth(std::max(width, 170));
    return scroll;
}

void NetworkTab::setFilterPanelVisible(bool visible) { m_filterButton->setChecked(visible); }

void NetworkTab::setFilter(const GraphFilter &filter)
{
    m_filter = filter;
    writeFilterToPanel();
#ifdef LIAISON_HAVE_GRAPHVIEW
    m_view->setFilter(m_filter);
#endif
    updateInfo();
    Q_EMIT filterChanged(m_filter);
}

void NetworkTab::readFilterFromPanel()
{
    if (m_syncingPanel)
        return;
    GraphFilter filter;
    filter.relationTypes = checkedMask(m_relationTypes);
    // `raised` is not in the list; keep its bit as the other types go, so "all
    // checked" stays the open filter.
    if (filter.relationTypes != GraphFilter::kAll)
        filter.relationTypes &= ~GraphFilter::relationTypeBit(RelationType::Raised);
    filter.statuses = checkedMask(m_statuses);
    filter.entityTypes = checkedMask(m_entityTypes);
    if (m_fromYear->value() != kAnyYear)
        filter.from = QDate(m_fromYear->value(), 1, 1);
    if (m_toYear->value() != kAnyYear)
        filter.to = QDate(m_toYear->value(), 12, 31);
    filter.keepUndated = m_keepUndated->isChecked();
    filter.minArticles = m_minArticles->value();
    filter.hideIsolated = m_hideIsolated->isChecked();
    m_filter = filter;
#ifdef LIAISON_HAVE_GRAPHVIEW
    m_view->setFilter(m_filter);
#endif
    updateInfo();
    Q_EMIT filterChanged(m_filter);
}

void NetworkTab::writeFilterToPanel()
{
    m_syncingPanel = true;
    setCheckedMask(m_relationTypes, m_filter.relationTypes);
    setCheckedMask(m_statuses, m_filter.statuses);
    setCheckedMask(m_entityTypes, m_filter.entityTypes);
    m_fromYear->setValue(m_filter.from.isValid() ? m_filter.from.year() : kAnyYear);
    m_toYear->setValue(m_filter.to.isValid() ? m_filter.to.year() : kAnyYear);
    m_keepUndated->setChecked(m_filter.keepUndated);
    m_minArticles->setValue(m_filter.minArticles);
    m_hideIsolated->setChecked(m_filter.hideIsolated);
    m_syncingPanel = false;
}

void NetworkTab::updateInfo()
{
    int facets = 0;
    facets += m_filter.relationTypes != GraphFilter::kAll ? 1 : 0;
    facets += m_filter.statuses != GraphFilter::kAll ? 1 : 0;
    facets += m_filter.entityTypes != GraphFilter::kAll ? 1 : 0;
    facets += (m_filter.from.isValid() || m_filter.to.isValid()) ? 1 : 0;
    facets += m_filter.minArticles > 1 ? 1 : 0;
    facets += m_filter.hideIsolated ? 1 : 0;
    m_filterButton->setText(facets == 0 ? tr("&Filters") : tr("&Filters (%n active)", nullptr, facets));

    const QString nodes = tr("%n node(s)", nullptr, m_shown.nodeCount());
    if (m_filter.isOpen()) {
        m_info->setText(tr("%1 · %2", "nodes · relations")
                            .arg(nodes, tr("%n relation(s)", nullptr, m_shown.edgeCount())));
        return;
    }
    QList<bool> nodeVisible;
    QList<bool> edgeVisible;
    m_shown.visibility(m_filter, &nodeVisible, &edgeVisible);
    const int shownEdges = int(edgeVisible.count(true));
    m_info->setText(tr("%1 · %2", "nodes · relations")
                        .arg(nodes, tr("%1 of %n relation(s) shown", nullptr, m_shown.edgeCount()).arg(shownEdges)));
}

void NetworkTab::setDatabase(Database *db)
{
    m_db = db;
    m_center = 0;
    reload();
}

void NetworkTab::reload()
{
    m_full = m_db ? graphFromDatabase(*m_db) : GraphData();
    rebuild();
}

void NetworkTab::setCenter(qint64 entityId)
{
    if (entityId == m_center)
        return;
    m_center = entityId;
    if (m_ego->isChecked())
        rebuild();
#ifdef LIAISON_HAVE_GRAPHVIEW
    else
        m_view->selectEntity(entityId);
#endif
}

int NetworkTab::hops() const { return m_hops->value(); }

void NetworkTab::setHops(int hops) { m_hops->setValue(hops); }

bool NetworkTab::showsWholeGraph() const { return m_whole->isChecked(); }

void NetworkTab::setShowWholeGraph(bool whole) { (whole ? m_whole : m_ego)->setChecked(true); }

void NetworkTab::expand(qint64 entityId)
{
    // Double-click: the node's own neighbours join what is shown.
    const GraphData neighbours = m_full.egoNetwork(entityId, 1);
    if (m_shown.merge(neighbours) == 0)
        return;
    m_shown.recomputeDegrees();
    updateInfo();
#ifdef LIAISON_HAVE_GRAPHVIEW
    m_view->mergeGraph(neighbours);
#endif
}

void NetworkTab::rebuild()
{
    if (m_whole->isChecked())
        m_shown = m_full;
    else if (m_center > 0)
        m_shown = m_full.egoNetwork(m_center, m_hops->value());
    else
        m_shown = GraphData();

    if (m_full.isEmpty())
        m_placeholder->setText(tr("The relationship graph appears here once articles are imported."));
    else if (m_shown.isEmpty() && m_center > 0)
        m_placeholder->setText(tr("No relations known for this entity yet."));
    else if (m_shown.isEmpty())
        m_placeholder->setText(tr("Select a company or a person to see its neighbourhood, or show the whole graph."));
    updateInfo();
#ifdef LIAISON_HAVE_GRAPHVIEW
    m_view->setGraph(m_shown);
    if (m_center > 0)
        m_view->selectEntity(m_center);
    m_stack->setCurrentIndex(m_shown.isEmpty() ? 0 : 1);
#else
    if (!m_shown.isEmpty())
        m_placeholder->setText(tr("%n entities in view.", nullptr, m_shown.nodeCount()));
    m_stack->setCurrentIndex(0);
#endif
}

} // namespace liaison
