#include "networktab.h"

#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/relationstore.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedLayout>
#include <QVBoxLayout>

#if __has_include("graphview.h")
#include "graphview.h"
#define LIAISON_HAVE_GRAPHVIEW 1
#endif

namespace liaison {

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
    layout->addLayout(m_stack, 1);

    connect(m_ego, &QRadioButton::toggled, this, &NetworkTab::rebuild);
    connect(m_hops, &QSpinBox::valueChanged, this, [this] {
        if (!m_ego->isChecked())
            m_ego->setChecked(true); // choosing hops means the neighbourhood
        else
            rebuild();
    });
    rebuild();
}

void NetworkTab::setDatabase(Database *db)
{
    m_db = db;
    m_center = 0;
    reload();
}

void NetworkTab::reload()
{
    GraphBuilder builder;
    if (m_db) {
        const QList<EntitySummary> summaries = EntityStore(*m_db).summaries();
        for (const EntitySummary &s : summaries)
            builder.addEntity(s.entity, s.articleCount);
        builder.addRelations(RelationStore(*m_db).all());
    }
    m_full = builder.build();
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
    m_info->setText(tr("%1 · %2", "nodes · relations")
                        .arg(tr("%n node(s)", nullptr, m_shown.nodeCount()),
                             tr("%n relation(s)", nullptr, m_shown.edgeCount())));
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
    m_info->setText(tr("%1 · %2", "nodes · relations")
                        .arg(tr("%n node(s)", nullptr, m_shown.nodeCount()),
                             tr("%n relation(s)", nullptr, m_shown.edgeCount())));
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
