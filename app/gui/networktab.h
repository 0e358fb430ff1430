#pragma once

#include "graph/graphdata.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QStackedLayout;
class QToolButton;
class QWidget;

namespace liaison {

class Database;
class GraphView;

// The Graph tab: the relationship graph around the selected entity (1 to 3
// hops) or the whole graph, drawn by GraphView, with the controls to choose.
class NetworkTab : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkTab(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Reads the graph from the database again (after an import or a review).
    void reload();
    void setCenter(qint64 entityId);
    int hops() const;
    void setHops(int hops);
    bool showsWholeGraph() const;
    void setShowWholeGraph(bool whole);
    // What the filter panel asks the view to show.
    GraphFilter filter() const { return m_filter; }
    void setFilter(const GraphFilter &filter);
    QWidget *filterPanel() const { return m_filterPanel; }
    void setFilterPanelVisible(bool visible);
    // What is drawn now.
    const GraphData &shownGraph() const { return m_shown; }
    GraphView *view() const { return m_view; }

Q_SIGNALS:
    void entitySelected(qint64 entityId);
    // The filter panel changed the filter (the Charts tab follows it).
    void filterChanged(const liaison::GraphFilter &filter);

private:
    void rebuild();
    void expand(qint64 entityId);
    QWidget *buildFilterPanel();
    void readFilterFromPanel();
    void writeFilterToPanel();
    void updateInfo();

    Database *m_db = nullptr;
    GraphData m_full;
    GraphData m_shown;
    qint64 m_center = 0;
    QRadioButton *m_ego = nullptr;
    QRadioButton *m_whole = nullptr;
    QSpinBox *m_hops = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedLayout *m_stack = nullptr;
    GraphView *m_view = nullptr;

    GraphFilter m_filter;
    bool m_syncingPanel = false;
    QToolButton *m_filterButton = nullptr;
    QWidget *m_filterPanel = nullptr;
    QListWidget *m_relationTypes = nullptr;
    QListWidget *m_statuses = nullptr;
    QListWidget *m_entityTypes = nullptr;
    QSpinBox *m_fromYear = nullptr;
    QSpinBox *m_toYear = nullptr;
    QCheckBox *m_keepUndated = nullptr;
    QSpinBox *m_minArticles = nullptr;
    QCheckBox *m_hideIsolated = nullptr;
};

} // namespace liaison
