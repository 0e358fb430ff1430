#include "printcontroller.h"

#include "chartstab.h"
#include "entitypane.h"
#include "exportwriter.h"
#include "graphview.h"
#include "mainwindow.h"
#include "networktab.h"

#include "report/entitybrief.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolButton>

namespace liaison {

namespace {

constexpr int kMessageTimeout = 8000;

bool isInside(const QWidget *widget, const QWidget *container)
{
    for (; widget; widget = widget->parentWidget()) {
        if (widget == container)
            return true;
    }
    return false;
}

// A file name from a title: "Deals over time" -> "Deals over time.png".
QString fileNameFor(const QString &title, const QString &suffix)
{
    QString name = title;
    for (QChar &c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>'
            || c == u'|')
            c = u'-';
    }
    return name.trimmed() + u'.' + suffix;
}

} // namespace

PrintController::PrintController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_writer(new ExportWriter(this))
{
    m_print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the current chart, graph view or entity brief (Ctrl+P)"));
    connect(m_print, &QAction::triggered, this, &PrintController::print);

    m_preview = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print Pre&view…"), this);
    m_preview->setObjectName(QStringLiteral("actionPrintPreview"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_preview, &QAction::triggered, this, &PrintController::printPreview);

    m_brief = new QAction(tr("Print Entity &Brief…"), this);
    m_brief->setObjectName(QStringLiteral("actionPrintBrief"));
    m_brief->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_brief->setToolTip(tr("A one-page brief on the selected company or person, with its sources"));
    connect(m_brief, &QAction::triggered, this, &PrintController::printBrief);

    m_export = new QAction(tr("&Export View…"), this);
    m_export->setObjectName(QStringLiteral("actionExportView"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save the current chart or graph view as PNG, SVG or PDF"));
    connect(m_export, &QAction::triggered, this, &PrintController::exportView);

    m_whole = new QAction(tr("Print and Export the &Whole Graph"), this);
    m_whole->setObjectName(QStringLiteral("actionWholeGraph"));
    m_whole->setCheckable(true);
    m_whole->setToolTip(tr("When checked, the graph is printed and exported whole, not as the view shows it"));
    m_wholeGraph = QSettings().value(QStringLiteral("print/wholeGraph"), false).toBool();
    m_whole->setChecked(m_wholeGraph);
    connect(m_whole, &QAction::toggled, this, &PrintController::setWholeGraph);

    // Busy indicator and Cancel while an export is written.
    m_busy = new QProgressBar(m_window);
    m_busy->setObjectName(QStringLiteral("exportProgress"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_cancel = new QToolButton(m_window);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_cancel->setText(tr("Cancel Export"));
    m_cancel->setIcon(m_window->style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->hide();
    m_window->statusBar()->addPermanentWidget(m_busy);
    m_window->statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_writer, &ExportWriter::cancel);
    connect(m_writer, &ExportWriter::started, this, [this](const QString &path) {
        m_busy->show();
        m_cancel->show();
        m_export->setEnabled(false);
        m_window->statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_writer, &ExportWriter::finished, this, &PrintController::onExportFinished);
    connect(m_window->centreTabs(), &QTabWidget::currentChanged, this, &PrintController::updateActions);
    connect(qApp, &QApplication::focusChanged, this, &PrintController::updateActions);
}

PrintController::~PrintController() = default;

void PrintController::addActions(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_print);
    menu->insertAction(before, m_preview);
    menu->insertAction(before, m_brief);
    menu->insertSeparator(before);
    menu->insertAction(before, m_export);
    menu->insertAction(before, m_whole);
    menu->insertSeparator(before);
    updateActions();
}

void PrintController::setWholeGraph(bool whole)
{
    m_wholeGraph = whole;
    if (m_whole->isChecked() != whole)
        m_whole->setChecked(whole);
    QSettings().setValue(QStringLiteral("print/wholeGraph"), whole);
}

PrintController::Target PrintController::currentTarget() const
{
    // The window's focus widget, not the application's: a menu open over it changes neither.
    if (isInside(m_window->focusWidget(), m_window->entityPane()))
        return Target::Brief;
    QWidget *tab = m_window->centreTabs()->currentWidget();
    if (tab == m_window->chartsTab())
        return Target::Chart;
    if (tab == m_window->networkTab())
        return Target::Graph;
    return Target::Brief;
}

QString PrintController::targetName(Target target)
{
    switch (target) {
    case Target::Chart:
        return tr("chart");
    case Target::Graph:
        return tr("graph view");
    case Target::Brief:
    case Target::Auto:
        break;
    }
    return tr("entity brief");
}

PrintSource PrintController::source(Target target) const
{
    if (target == Target::Auto)
        target = currentTarget();
    switch (target) {
    case Target::Chart: {
        ChartsTab *charts = m_window->chartsTab();
        const QString title = charts->data().title.isEmpty() ? tr("Chart") : charts->data().title;
        return PrintSource::fromChart(charts->chartView(), title);
    }
    case Target::Graph:
        return PrintSource::fromGraph(m_window->networkTab()->view(), m_wholeGraph);
    case Target::Brief:
    case Target::Auto:
        break;
    }
    Database *db = m_window->database();
    const qint64 entity = m_window->entityPane()->entityId();
    if (!db || entity <= 0)
        return {};
    const EntityBrief brief = EntityBrief::build(*db, entity);
    if (!brief.isValid())
        return {};
    return PrintSource::fromDocument(std::shared_ptr<QTextDocument>(brief.toDocument()),
                                     tr("Brief — %1").arg(brief.name()));
}

void PrintController::updateActions()
{
    const Target target = currentTarget();
    const bool hasEntity = m_window->entityPane()->entityId() > 0;
    bool available = hasEntity;
    if (target == Target::Chart)
        available = m_window->chartsTab()->chart() != nullptr;
    else if (target == Target::Graph)
        available = !m_window->networkTab()->shownGraph().isEmpty();
    m_print->setEnabled(available);
    m_preview->setEnabled(available);
    m_print->setText(tr("&Print %1…").arg(targetName(target)));
    m_preview->setText(tr("Print Pre&view of %1…").arg(targetName(target)));
    m_brief->setEnabled(hasEntity);
    const bool picture = target == Target::Chart || target == Target::Graph;
    m_export->setEnabled(picture && available && !m_writer->isRunning());
}

bool PrintController::printTo(QPrinter *printer, Target target)
{
    const PrintSource s = source(target);
    return s.print(printer);
}

void PrintController::print()
{
    printWithDialog(source());
}

void PrintController::printBrief()
{
    printWithDialog(source(Target::Brief));
}

bool PrintController::setUpPrinter(const PrintSource &s, QPrinter *printer)
{
    if (s.isNull()) {
        m_window->statusBar()->showMessage(tr("Nothing to print: select an entity or show a chart or a graph."),
                                           kMessageTimeout);
        return false;
    }
    if (s.isPicture() && s.size().width() > s.size().height())
        printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(s.title());
    return true;
}

void PrintController::printWithDialog(const PrintSource &s)
{
    QPrinter printer;
    if (!setUpPrinter(s, &printer))
        return;
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print %1").arg(s.title()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (s.print(&printer))
        m_window->statusBar()->showMessage(tr("Sent “%1” to the printer").arg(s.title()), kMessageTimeout);
    else
        m_window->statusBar()->showMessage(tr("Printing “%1” failed").arg(s.title()), kMessageTimeout);
}

void PrintController::printPreview()
{
    const PrintSource s = source();
    QPrinter printer;
    if (!setUpPrinter(s, &printer))
        return;
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(tr("Print Preview — %1").arg(s.title()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&s](QPrinter *p) { s.print(p); });
    preview.resize(m_window->size() * 0.8);
    preview.exec();
}

void PrintController::exportView()
{
    const Target target = currentTarget();
    if (target != Target::Chart && target != Target::Graph) {
        m_window->statusBar()->showMessage(tr("Show a chart or the graph to export it."), kMessageTimeout);
        return;
    }
    const PrintSource s = source(target);
    if (s.isNull()) {
        m_window->statusBar()->showMessage(tr("Nothing to export in this view."), kMessageTimeout);
        return;
    }
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("lastExportFolder"),
                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                               .toString();
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString filter = settings.value(QStringLiteral("lastExportFilter"), png).toString();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export %1").arg(s.title()),
                                                QDir(folder).filePath(fileNameFor(s.title(), QStringLiteral("png"))),
                                                QStringList{png, svg, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!exportFormatForPath(path)) {
        // No known suffix typed: take the chosen filter's.
        path += filter == svg ? QStringLiteral(".svg") : filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    }
    settings.setValue(QStringLiteral("lastExportFolder"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("lastExportFilter"), filter);
    double scale = 1;
    if (exportFormatForPath(path) == ExportFormat::Png) {
        bool ok = false;
        const QSize shown = s.size().toSize();
        scale = QInputDialog::getDouble(
            m_window, tr("Image Resolution"),
            tr("The view is %1 × %2 pixels. Scale the image by (2 gives %3 × %4 pixels):")
                .arg(shown.width())
                .arg(shown.height())
                .arg(shown.width() * 2)
                .arg(shown.height() * 2),
            settings.value(QStringLiteral("lastExportScale"), 2.0).toDouble(), 0.5, 8, 1, &ok);
        if (!ok)
            return;
        settings.setValue(QStringLiteral("lastExportScale"), scale);
    }
    exportTo(path, scale, target);
}

bool PrintController::exportTo(const QString &path, double scale, Target target)
{
    m_lastError.clear();
    const std::optional<ExportFormat> format = exportFormatForPath(path);
    ExportRequest request;
    request.path = path;
    request.scale = scale;
    request.source = source(target);
    if (!format)
        m_lastError = tr("Liaison exports views as .png, .svg or .pdf files.");
    else if (!request.source.isPicture())
        m_lastError = tr("There is nothing to export in this view.");
    else if (m_writer->isRunning())
        m_lastError = tr("An export is already running.");
    if (!m_lastError.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), m_lastError), kMessageTimeout);
        return false;
    }
    request.format = *format;
    return m_writer->start(request);
}

void PrintController::onExportFinished(const QString &path, bool ok, const QString &error)
{
    m_busy->hide();
    m_cancel->hide();
    updateActions();
    const QString file = QDir::toNativeSeparators(path);
    if (ok) {
        m_lastError.clear();
        m_window->statusBar()->showMessage(tr("Exported %1").arg(file), kMessageTimeout);
        return;
    }
    if (error.isEmpty()) {
        m_lastError.clear();
        m_window->statusBar()->showMessage(tr("Export cancelled; %1 was not written").arg(file), kMessageTimeout);
        return;
    }
    m_lastError = error;
    m_window->statusBar()->showMessage(tr("Cannot export to %1: %2").arg(file, error), kMessageTimeout);
    if (m_showMessages) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"),
                                    tr("Liaison could not write %1.").arg(file), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("exportError"));
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace liaison
