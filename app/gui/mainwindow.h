#pragma once

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace liaison {

class ArticlesView;
class ChartsTab;
class Database;
class EntityFilterProxy;
class EntityListModel;
class EntityPane;
class ImportController;
class NavigationHistory;
class NetworkTab;
class PrintController;
class WelcomeView;
struct ImportReport;

// The main window: company list on the left, graph/charts/articles tabs in the
// centre, the selected entity on the right; a welcome view while the database
// is empty. Files dropped anywhere on it are imported.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the database at the path; a failure is reported in a message box
    // and leaves the window usable with no database.
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString databasePath() const { return m_databasePath; }
    Database *database() const { return m_db.get(); }
    bool openDatabase(const QString &path);
    // File > Export Data without the dialog: the format follows path's suffix (graphml, gexf, dot, json,
    // csv); the database is read on a worker thread behind a progress dialog with Cancel. On failure
    // *error names the file and the reason; on cancellation it is empty. Either way no file is left
    // behind and an existing one is untouched.
    bool exportData(const QString &path, QString *error);
    QString lastError() const { return m_lastError; }

    void startImport(const QStringList &paths);
    void importSamples();
    // Shows the entity in the pane and graph, selects it in the list, and records
    // it in the history (unless going back or forward).
    void selectEntity(qint64 entityId);
    // Selects the first entity whose name contains the text (case-insensitively).
    bool selectEntityNamed(const QString &name);
    void goBack();
    void goForward();

    // For tests and the screenshot helper.
    bool isWelcomeVisible() const;
    EntityListModel *entityModel() const { return m_model; }
    EntityFilterProxy *entityProxy() const { return m_proxy; }
    QTableView *entityList() const { return m_entityList; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    EntityPane *entityPane() const { return m_entityPane; }
    ArticlesView *articlesView() const { return m_articles; }
    NetworkTab *networkTab() const { return m_network; }
    ChartsTab *chartsTab() const { return m_charts; }
    PrintController *printController() const { return m_print; }
    QTabWidget *centreTabs() const { return m_centre; }
    ImportController *importController() const { return m_import; }
    QUndoStack *undoStack() const { return m_undo; }
    NavigationHistory *history() const { return m_history; }
    // Off in tests that must not leave dialogs behind.
    void setShowImportSummary(bool show) { m_showSummary = show; }

    // The sample articles shipped in the resources, copied to a folder.
    static QStringList writeSamples(const QString &folder);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createBrowser();
    void readSettings();
    void writeSettings();
    void refreshViews();
    void updateWelcome();
    void updateStats();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void onCurrentRowChanged();
    void onImportFinished(const ImportReport &report);
    void onChartBarActivated(const QList<qint64> &entityIds, const QString &bar);
    void newDatabase();
    void openDatabaseDialog();
    void importDialog();
    void exportDataDialog();
    void showAbout();
    void showEntity(qint64 entityId);

    std::unique_ptr<Database> m_db;
    QString m_databasePath;
    QString m_lastError;
    QStackedWidget *m_stack = nullptr;
    WelcomeView *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QLabel *m_listCount = nullptr;
    QTableView *m_entityList = nullptr;
    EntityListModel *m_model = nullptr;
    EntityFilterProxy *m_proxy = nullptr;
    QTabWidget *m_centre = nullptr;
    NetworkTab *m_network = nullptr;
    ChartsTab *m_charts = nullptr;
    PrintController *m_print = nullptr;
    ArticlesView *m_articles = nullptr;
    EntityPane *m_entityPane = nullptr;
    QUndoStack *m_undo = nullptr;
    NavigationHistory *m_history = nullptr;
    ImportController *m_import = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_stats = nullptr;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_samplesAction = nullptr;
    bool m_navigating = false;
    bool m_showSummary = true;
    QString m_samplesDir;
};

} // namespace liaison
