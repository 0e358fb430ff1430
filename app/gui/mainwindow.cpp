#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace liaison {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Liaison"));
    setObjectName(QStringLiteral("MainWindow"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_entityList = new QTableView(m_splitter);
    m_entityList->setObjectName(QStringLiteral("entityList"));

    m_centre = new QTabWidget(m_splitter);
    m_centre->setObjectName(QStringLiteral("centreTabs"));
    m_centre->addTab(new QWidget(m_centre), tr("Graph"));
    m_centre->addTab(new QWidget(m_centre), tr("Charts"));
    m_centre->addTab(new QWidget(m_centre), tr("Articles"));

    m_entityPane = new QWidget(m_splitter);
    m_entityPane->setObjectName(QStringLiteral("entityPane"));
    auto *paneLayout = new QVBoxLayout(m_entityPane);
    paneLayout->addWidget(new QLabel(tr("Select a company or a person to see its relations."), m_entityPane));
    paneLayout->addStretch();

    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    setCentralWidget(m_splitter);

    createMenus();
    statusBar()->showMessage(tr("Database: %1").arg(m_databasePath));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    menuBar()->addMenu(tr("&Edit"));
    menuBar()->addMenu(tr("&View"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Liaison"), this, [this] {
        QMessageBox::about(this, tr("About Liaison"),
                           tr("<b>Liaison</b> %1<br>Explore who bought, funded, hired or competes with whom, "
                              "from French and English news.")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace liaison
