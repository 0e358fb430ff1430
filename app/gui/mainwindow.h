#pragma once

#include <QMainWindow>

class QTabWidget;
class QTableView;
class QSplitter;

namespace liaison {

// The main window: company list on the left, graph/charts/articles tabs in the
// centre, the selected entity on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString databasePath() const { return m_databasePath; }

private:
    void createMenus();

    QString m_databasePath;
    QSplitter *m_splitter = nullptr;
    QTableView *m_entityList = nullptr;
    QTabWidget *m_centre = nullptr;
    QWidget *m_entityPane = nullptr;
};

} // namespace liaison
