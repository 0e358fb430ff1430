#include "mainwindow.h"

#include "articlesview.h"
#include "chartstab.h"
#include "entityfilterproxy.h"
#include "entitylistmodel.h"
#include "entitypane.h"
#include "importcontroller.h"
#include "importsummarydialog.h"
#include "navigationhistory.h"
#include "networktab.h"
#include "preferencesdialog.h"
#include "printcontroller.h"
#include "reviewclaimcommand.h"
#include "welcomeview.h"
#include "exportwriter.h"

#include "storage/articlestore.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/databasestats.h"
#include "graph/graphexport.h"
#include "storage/entitystore.h"
#include "text/loader.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace liaison {

namespace {

constexpr int kMaxRecent = 8;

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Liaison"));
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/liaison.svg")));
    setAcceptDrops(true);

    m_undo = new QUndoStack(this);
    m_history = new NavigationHistory(this);
    m_import = new ImportController(this);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(500);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshViews);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    createBrowser();
    createActions();

    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("statsLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import after the current file"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_stats);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_import, &ImportController::cancel);

    connect(m_import, &ImportController::started, this, [this] {
        m_progress->setRange(0, 0); // busy until the files are counted
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
        m_cancel->setEnabled(true);
        m_importAction->setEnabled(false);
        m_samplesAction->setEnabled(false);
    });
    connect(m_import, &ImportController::progress, this, [this](int done, int total, const QString &file) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        if (!file.isEmpty())
            statusBar()->showMessage(tr("Imported %1").arg(QFileInfo(file).fileName()));
    });
    connect(m_import, &ImportController::articleStored, this, [this] {
        if (!m_refreshTimer->isActive())
            m_refreshTimer->start();
    });
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);

    readSettings();
    openDatabase(databasePath);
}

MainWindow::~MainWindow()
{
    // The import thread and the views use the database: stop them first.
    delete m_import;
    m_import = nullptr;
    // The print controller follows focus and tab changes, which the child
    // widgets' destruction below would report to it half-destroyed.
    delete m_print;
    m_print = nullptr;
}

void MainWindow::createBrowser()
{
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomeView(m_stack);
    connect(m_welcome, &WelcomeView::importRequested, this, &MainWindow::importDialog);
    connect(m_welcome, &WelcomeView::samplesRequested, this, &MainWindow::importSamples);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    // Left: the entity list with its filters.
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("entityFilter"));
    m_filter->setPlaceholderText(tr("Search names and articles (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_typeFilter = new QComboBox(left);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("Companies"), static_cast<int>(EntityType::Company));
    m_typeFilter->addItem(tr("People"), static_cast<int>(EntityType::Person));
    m_typeFilter->addItem(tr("Products"), static_cast<int>(EntityType::Product));
    m_typeFilter->addItem(tr("Organizations"), static_cast<int>(EntityType::Organization));
    m_typeFilter->addItem(tr("All"), -1);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_typeFilter);
    leftLayout->addLayout(filterRow);

    m_model = new EntityListModel(this);
    m_proxy = new EntityFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_entityList = new QTableView(left);
    m_entityList->setObjectName(QStringLiteral("entityList"));
    m_entityList->setModel(m_proxy);
    m_entityList->setSortingEnabled(true);
    m_entityList->sortByColumn(EntityListModel::RelationsColumn, Qt::DescendingOrder);
    m_entityList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entityList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entityList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entityList->setAlternatingRowColors(true);
    m_entityList->setWordWrap(false);
    m_entityList->setShowGrid(false);
    m_entityList->verticalHeader()->hide();
    m_entityList->verticalHeader()->setDefaultSectionSize(m_entityList->fontMetrics().height() + 8);
    QHeaderView *header = m_entityList->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
    for (int c = EntityListModel::TypeColumn; c < EntityListModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_entityList->setColumnHidden(EntityListModel::TypeColumn, true);
    m_entityList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_entityList->setTextElideMode(Qt::ElideRight);
    leftLayout->addWidget(m_entityList, 1);
    m_listCount = new QLabel(left);
    m_listCount->setObjectName(QStringLiteral("listCount"));
    m_listCount->setStyleSheet(QStringLiteral("color: palette(mid);"));
    leftLayout->addWidget(m_listCount);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_searchTimer->start();
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_articles->setSearch(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_entityList->setFocus();
            m_entityList->setCurrentIndex(m_proxy->index(0, 0));
        }
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int type = m_typeFilter->currentData().toInt();
        m_proxy->setTypeFilter(type < 0 ? std::nullopt : std::optional(static_cast<EntityType>(type)));
        // The type column says the same thing on every row unless all types show.
        m_entityList->setColumnHidden(EntityListModel::TypeColumn, type >= 0);
        updateStats();
    });
    connect(m_entityList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    auto updateCount = [this] { updateStats(); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);

    // Centre: graph, charts, articles.
    m_centre = new QTabWidget(m_splitter);
    m_centre->setObjectName(QStringLiteral("centreTabs"));
    m_centre->setDocumentMode(true);
    m_network = new NetworkTab(m_centre);
    m_centre->addTab(m_network, tr("&Graph"));
    m_charts = new ChartsTab(m_centre);
    m_charts->setObjectName(QStringLiteral("chartsTab"));
    m_centre->addTab(m_charts, tr("C&harts"));
    m_articles = new ArticlesView(m_centre);
    m_centre->addTab(m_articles, tr("&Articles"));
    connect(m_network, &NetworkTab::entitySelected, this, &MainWindow::selectEntity);
    connect(m_articles, &ArticlesView::entityActivated, this, &MainWindow::selectEntity);
    // Charts follow the graph's filters and select what is behind a bar.
    m_charts->setGraphFilter(m_network->filter());
    connect(m_network, &NetworkTab::filterChanged, m_charts, &ChartsTab::setGraphFilter);
    connect(m_charts, &ChartsTab::entityActivated, this, &MainWindow::selectEntity);
    connect(m_charts, &ChartsTab::barActivated, this, &MainWindow::onChartBarActivated);
    connect(m_charts, &ChartsTab::filtersRequested, this, [this] {
        m_centre->setCurrentWidget(m_network);
        m_network->setFilterPanelVisible(true);
    });

    // Right: the selected entity.
    m_entityPane = new EntityPane(m_splitter);
    m_entityPane->setObjectName(QStringLiteral("entityPane"));
    connect(m_entityPane, &EntityPane::entityActivated, this, &MainWindow::selectEntity);
    connect(m_entityPane, &EntityPane::articleRequested, this, [this](qint64 article, int start, int end) {
        m_centre->setCurrentWidget(m_articles);
        m_articles->showArticle(article, start, end);
    });
    connect(m_entityPane, &EntityPane::reviewRequested, this,
            [this](qint64 claimId, ReviewState from, ReviewState to) {
                m_undo->push(new ReviewClaimCommand([this] { return m_db.get(); }, claimId, from, to, [this] {
                    m_entityPane->reload();
                    m_network->reload();
                    m_charts->reload();
                    m_model->refresh();
                }));
            });

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_centre);
    m_splitter->addWidget(m_entityPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({440, 620, 380});

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDb->setObjectName(QStringLiteral("actionNewDatabase"));
    QAction *openDb = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    openDb->setShortcut(QKeySequence::Open);
    openDb->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_importAction = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import…"), this,
                                     &MainWindow::importDialog);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setToolTip(tr("Import articles (Ctrl+I); you can also drop files on the window"));
    m_samplesAction = file->addAction(tr("Load &Sample Articles"), this, &MainWindow::importSamples);
    m_samplesAction->setObjectName(QStringLiteral("actionSamples"));
    file->addSeparator();
    m_print = new PrintController(this);
    m_print->addActions(file);
    {
        // Right after Export View…: the two exports sit together.
        QAction *exportData = new QAction(tr("Export &Data…"), this);
        exportData->setObjectName(QStringLiteral("actionExportData"));
        exportData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
        exportData->setToolTip(tr("Save the entities and relations as GraphML, GEXF, DOT, JSON or CSV"));
        connect(exportData, &QAction::triggered, this, &MainWindow::exportDataDialog);
        const QList<QAction *> actions = file->actions();
        QAction *before = nullptr;
        for (qsizetype i = 0; i + 1 < actions.size(); ++i) {
            if (actions.at(i)->objectName() == u"actionExportView")
                before = actions.at(i + 1);
        }
        file->insertAction(before, exportData);
    }
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("actionPreferences"));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_backAction = go->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setObjectName(QStringLiteral("actionBack"));
    m_forwardAction =
        go->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this, &MainWindow::goForward);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setObjectName(QStringLiteral("actionForward"));
    auto updateNav = [this] {
        m_backAction->setEnabled(m_history->canGoBack());
        m_forwardAction->setEnabled(m_history->canGoForward());
    };
    connect(m_history, &NavigationHistory::changed, this, updateNav);
    updateNav();
    go->addSeparator();
    const QStringList tabNames{tr("&Graph"), tr("C&harts"), tr("&Articles")};
    for (int i = 0; i < tabNames.size(); ++i) {
        QAction *tab = go->addAction(tabNames[i], this, [this, i] { m_centre->setCurrentIndex(i); });
        tab->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }
    QAction *list = go->addAction(tr("Entity &List"), this, [this] { m_entityList->setFocus(); });
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Liaison"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_backAction);
    bar->addAction(m_forwardAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Liaison"),
                       tr("<h3>Liaison %1</h3><p>Explore who bought, funded, hired or competes with whom, from French "
                          "and English news articles.</p><p>Everything stays on this computer, in a database you "
                          "can open with Liaison or liaison-cli.</p>")
                           .arg(QApplication::applicationVersion()));
}

bool MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    if (!db->open(path)) {
        m_lastError = db->errorString();
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Database"),
                                    tr("Liaison cannot open the database %1.").arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("databaseError"));
        box->setInformativeText(m_lastError);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        if (!m_db) {
            statusBar()->showMessage(tr("No database open"));
            updateWelcome();
        }
        return false;
    }
    if (m_import->isRunning()) {
        m_import->cancel();
        m_import->wait();
    }
    m_undo->clear();
    m_history->clear();
    m_model->setDatabase(nullptr);
    m_articles->setDatabase(nullptr);
    m_entityPane->setDatabase(nullptr);
    m_network->setDatabase(nullptr);
    m_charts->setDatabase(nullptr);
    m_db = std::move(db);
    m_databasePath = path;
    m_lastError.clear();
    m_model->setDatabase(m_db.get());
    m_articles->setDatabase(m_db.get());
    m_entityPane->setDatabase(m_db.get());
    m_network->setDatabase(m_db.get());
    m_charts->setDatabase(m_db.get());
    setWindowTitle(tr("%1 — Liaison").arg(QFileInfo(path).completeBaseName()));
    setWindowFilePath(path);
    addRecent(path);
    QSettings().setValue(QStringLiteral("lastDatabase"), path);
    updateWelcome();
    updateStats();
    // Something to look at straight away: the most connected entity.
    if (m_proxy->rowCount() > 0) {
        m_navigating = true; // not a visit the user made
        m_entityList->setCurrentIndex(m_proxy->index(0, 0));
        m_navigating = false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::newDatabase()
{
    const QString dir = QFileInfo(m_databasePath).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), dir + tr("/untitled.sqlite"),
                                                tr("Liaison databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New Database"), tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(m_databasePath).absolutePath(),
                                     tr("Liaison databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::importDialog()
{
    QStringList filters;
    for (const QString &suffix : supportedSuffixes())
        filters << u"*." + suffix;
    const QString dir = QSettings().value(QStringLiteral("lastImportFolder"), QDir::homePath()).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), dir,
        tr("Articles (%1);;All files (*)").arg(filters.join(u' ')));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastImportFolder"), QFileInfo(files.first()).absolutePath());
    startImport(files);
}

QStringList MainWindow::writeSamples(const QString &folder)
{
    QDir().mkpath(folder);
    QStringList written;
    QDirIterator it(QStringLiteral(":/samples"), QDir::Files);
    while (it.hasNext()) {
        const QString source = it.next();
        QFile in(source);
        const QString target = QDir(folder).filePath(QFileInfo(source).fileName());
        QFile out(target);
        if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out.write(in.readAll());
            written << target;
        }
    }
    written.sort();
    return written;
}

void MainWindow::importSamples()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/samples");
    const QStringList files = writeSamples(folder);
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("The sample articles are missing from this build."), 5000);
        return;
    }
    startImport(files);
}

void MainWindow::startImport(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_db) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a database first (File menu)."));
        return;
    }
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is already running; drop the files again when it ends."), 5000);
        return;
    }
    m_import->start(m_databasePath, paths);
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    m_progress->hide();
    m_cancel->hide();
    m_importAction->setEnabled(true);
    m_samplesAction->setEnabled(true);
    refreshViews();
    statusBar()->showMessage(tr("Import finished: %n article(s) imported", nullptr, int(report.imported.size())),
                             8000);
    if (m_showSummary) {
        auto *dialog = new ImportSummaryDialog(report, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void MainWindow::refreshViews()
{
    if (!m_db)
        return;
    m_model->refresh();
    m_articles->refresh();
    m_entityPane->reload();
    m_network->reload();
    m_charts->reload();
    updateWelcome();
    updateStats();
    // The first import: show the most connected company straight away.
    if (m_entityPane->entityId() == 0 && m_proxy->rowCount() > 0 && !m_import->isRunning())
        m_entityList->setCurrentIndex(m_proxy->index(0, 0));
}

bool MainWindow::isWelcomeVisible() const { return m_stack->currentWidget() == m_welcome; }

void MainWindow::updateWelcome()
{
    const bool empty = !m_db || ArticleStore(*m_db).count() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_splitter);
}

void MainWindow::updateStats()
{
    m_listCount->setText(tr("%n shown", nullptr, m_proxy->rowCount()));
    if (!m_db) {
        m_stats->clear();
        return;
    }
    const DatabaseStats stats = DatabaseStats::collect(*m_db);
    m_stats->setText(tr("%1 · %2 · %3", "articles · entities · relations")
                         .arg(tr("%n article(s)", nullptr, stats.articles),
                              tr("%n entity(ies)", nullptr, stats.entities),
                              tr("%n relation(s)", nullptr, stats.relations)));
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_entityList->currentIndex();
    const qint64 id = current.data(EntityListModel::EntityIdRole).toLongLong();
    if (id > 0 && id != m_entityPane->entityId())
        selectEntity(id);
}

void MainWindow::onChartBarActivated(const QList<qint64> &entityIds, const QString &bar)
{
    if (entityIds.isEmpty()) {
        statusBar()->showMessage(tr("No entity behind “%1”").arg(bar), 5000);
        return;
    }
    selectEntity(entityIds.first());
    statusBar()->showMessage(tr("%1: selected %2; the %n entity(ies) behind the bar are listed under the chart", nullptr,
                                int(entityIds.size()))
                                 .arg(bar, m_entityPane->title()),
                             8000);
}

void MainWindow::selectEntity(qint64 entityId)
{
    if (entityId <= 0)
        return;
    if (!m_navigating)
        m_history->visit(entityId);
    showEntity(entityId);
}

void MainWindow::showEntity(qint64 entityId)
{
    m_entityPane->showEntity(entityId);
    m_network->setCenter(entityId);
    int row = m_model->rowOf(entityId);
    if (row < 0 && m_db && m_proxy->typeFilter()) {
        // The list fetches only the filtered type: a person picked from the
        // pane is not there until the list shows people.
        const auto summary = BrowseStore(*m_db).summary(entityId);
        if (summary && summary->entity.type != *m_proxy->typeFilter()) {
            m_typeFilter->setCurrentIndex(m_typeFilter->findData(static_cast<int>(summary->entity.type)));
            row = m_model->rowOf(entityId);
        }
    }
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() && m_proxy->typeFilter()) {
        // A person or product picked from the pane: show its type in the list.
        const auto type = m_model->summary(row)->entity.type;
        m_typeFilter->setCurrentIndex(m_typeFilter->findData(static_cast<int>(type)));
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (index.isValid() && m_entityList->currentIndex().row() != index.row()) {
        const QSignalBlocker blocker(m_entityList->selectionModel());
        m_entityList->setCurrentIndex(index);
        m_entityList->selectRow(index.row());
        m_entityList->scrollTo(index);
        m_entityList->viewport()->update();
    }
}

bool MainWindow::selectEntityNamed(const QString &name)
{
    if (!m_db)
        return false;
    // The database, not the list: the list holds only the type it is filtered on.
    // An exact name wins over one that merely contains it.
    const QList<Entity> entities = EntityStore(*m_db).all();
    std::optional<qint64> partial;
    for (const Entity &entity : entities) {
        if (entity.name.compare(name, Qt::CaseInsensitive) == 0) {
            selectEntity(entity.id);
            return true;
        }
        if (!partial && entity.name.contains(name, Qt::CaseInsensitive))
            partial = entity.id;
    }
    if (partial)
        selectEntity(*partial);
    return partial.has_value();
}

void MainWindow::goBack()
{
    m_navigating = true;
    if (const qint64 id = m_history->back())
        showEntity(id);
    m_navigating = false;
}

void MainWindow::goForward()
{
    m_navigating = true;
    if (const qint64 id = m_history->forward())
        showEntity(id);
    m_navigating = false;
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentDatabases")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentDatabases"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentDatabases")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &path = recent[i];
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this, [this, path] { openDatabase(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 880);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    updateRecentMenu();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        m_import->cancel();
        m_import->wait();
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    startImport(paths);
}

bool MainWindow::exportData(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString message;
    if (!m_db) {
        message = tr("Cannot export to %1: no database is open").arg(QDir::toNativeSeparators(path));
    } else if (suffix != u"json" && suffix != u"csv" && !GraphExporter::formatFromName(suffix)) {
        message = tr("Cannot export to %1: unknown format '%2' (graphml, gexf, dot, json or csv)")
                      .arg(QDir::toNativeSeparators(path), suffix);
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    // The worker reads and writes; the window stays live behind a progress
    // dialog whose Cancel leaves the files as they were.
    QProgressDialog progress(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("dataExportProgress"));
    progress.setWindowTitle(tr("Export Data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    progress.setMinimumDuration(500);
    progress.setValue(0);
    QFutureWatcher<DataExportResult> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<DataExportResult>::finished, &loop, &QEventLoop::quit);
    connect(&watcher, &QFutureWatcher<DataExportResult>::progressValueChanged, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &watcher, &QFutureWatcher<DataExportResult>::cancel);
    watcher.setFuture(QtConcurrent::run(writeDataExport, m_db->path(), path));
    if (!watcher.isFinished())
        loop.exec();
    progress.reset();
    // A cancelled future drops the worker's result; one that finished first keeps its files.
    if (watcher.future().resultCount() == 0) {
        statusBar()->showMessage(tr("Export cancelled; %1 was not written").arg(QDir::toNativeSeparators(path)), 8000);
        if (error)
            error->clear();
        return false;
    }
    const DataExportResult result = watcher.result();
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    statusBar()->showMessage(tr("Exported %1 entities and %2 relations to %3")
                                 .arg(result.entities)
                                 .arg(result.relations)
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
    return true;
}

void MainWindow::exportDataDialog()
{
    if (!m_db)
        return;
    const QStringList filters{tr("GraphML (*.graphml)"), tr("GEXF (*.gexf)"), tr("Graphviz DOT (*.dot)"),
                              tr("JSON (*.json)"), tr("CSV (*.csv)")};
    static const QStringList suffixes{QStringLiteral("graphml"), QStringLiteral("gexf"), QStringLiteral("dot"),
                                      QStringLiteral("json"), QStringLiteral("csv")};
    QString filter = filters.constFirst();
    const QString start = QFileInfo(m_db->path()).absolutePath() + u'/' + QFileInfo(m_db->path()).completeBaseName()
        + QStringLiteral(".graphml");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Data"), start, filters.join(QStringLiteral(";;")),
                                                &filter);
    if (path.isEmpty())
        return;
    // The format follows the file's suffix; a name without a known one takes the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!suffixes.contains(suffix)) {
        const qsizetype index = filters.indexOf(filter);
        path += u'.' + suffixes.value(index < 0 ? 0 : index);
    }
    QString error;
    if (!exportData(path, &error) && !error.isEmpty()) // empty: the user cancelled
        QMessageBox::warning(this, tr("Export Data"), error);
}

} // namespace liaison
