#pragma once

#include "charts/chartdata.h"
#include "graph/graphdata.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace liaison {

class Database;

// The Charts tab: one chart at a time, chosen in a list, following the graph
// tab's filters (relation types, statuses, years). Data is read off the GUI
// thread on a connection of its own; clicking a bar names the entities behind it.
class ChartsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsTab(QWidget *parent = nullptr);
    ~ChartsTab() override;

    // The tab opens its own connection to db->path() on a worker thread.
    void setDatabase(Database *db);
    // Reads the chart again (after an import or a review); deferred while hidden.
    void reload();

    ChartKind kind() const { return m_kind; }
    void setKind(ChartKind kind);
    // The graph's filter; the chart follows its types, statuses and years.
    void setGraphFilter(const GraphFilter &filter);
    ChartFilter chartFilter() const { return m_filter; }
    int topN() const;
    void setTopN(int n);

    // What is drawn now, and whether a newer one is on its way.
    const ChartData &data() const { return m_data; }
    bool isLoading() const { return m_loading; }
    QChartView *chartView() const { return m_view; }
    QChart *chart() const;
    // The entities behind a bar, as clicking it gives them: the first is
    // activated, the rest are listed under the chart. False if there is no such bar.
    bool activateBar(const QString &series, int categoryIndex);
    QList<qint64> selectedEntities() const { return m_selected; }

Q_SIGNALS:
    // A newer chart is shown.
    void loaded();
    // A bar was clicked: the entities behind it and what the bar is, in words.
    void barActivated(const QList<qint64> &entityIds, const QString &description);
    // A name under the chart was clicked.
    void entityActivated(qint64 entityId);
    // The user asked to change the filters (they live with the graph).
    void filtersRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startLoad();
    void showData(const ChartData &data, const QString &error);
    void onBarClicked(int index, QBarSet *set);
    bool activate(const ChartBar *bar);
    void updateFilterInfo();
    void updateControls();

    Database *m_db = nullptr;
    ChartKind m_kind = ChartKind::RelationsByType;
    ChartFilter m_filter;
    GraphFilter m_graphFilter;
    ChartData m_data;
    QList<qint64> m_selected;
    quint64 m_job = 0;
    bool m_loading = false;
    bool m_dirty = true;
    QComboBox *m_kinds = nullptr;
    QSpinBox *m_top = nullptr;
    QLabel *m_topLabel = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_filterInfo = nullptr;
    QToolButton *m_filterButton = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_selection = nullptr;
};

} // namespace liaison
