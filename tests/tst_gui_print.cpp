#include "chartseed.h"

#include "chartstab.h"
#include "entitypane.h"
#include "exportwriter.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "networktab.h"
#include "printcontroller.h"

#include "charts/chartkind.h"

#include <QChartView>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QApplication>
#include <QAction>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace liaison;

namespace {

// Distinct colours in a grid of samples: a blank image has one.
int sampledColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

bool svgIsWellFormed(const QString &path, int *elements)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    bool sawSvg = false;
    *elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            ++*elements;
            sawSvg = sawSvg || xml.name() == u"svg";
        }
    }
    return !xml.hasError() && sawSvg;
}

} // namespace

class tst_GuiPrint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_print"));
        QSettings().clear(); // no chart kind or export folder from an earlier run
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("print.sqlite"));
        QVERIFY(testseed::seedChartDatabase(m_path));
        m_window = std::make_unique<MainWindow>(m_path);
        m_window->setShowImportSummary(false);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_print = m_window->printController();
        QVERIFY(m_print);
        m_print->setShowMessages(false);
        QVERIFY(m_window->selectEntityNamed(QStringLiteral("Northwind Analytics")));
        GraphView *view = m_window->networkTab()->view();
        QVERIFY(view);
        QTRY_VERIFY(!view->isLayoutRunning());
        QVERIFY(view->graphScene()->nodeCount() >= 4);
    }

    void cleanupTestCase() { m_window.reset(); }

    void exportPng_data()
    {
        QTest::addColumn<bool>("chart");
        QTest::addColumn<double>("scale");
        QTest::newRow("graph 1x") << false << 1.0;
        QTest::newRow("graph 2x") << false << 2.0;
        QTest::newRow("chart 1x") << true << 1.0;
        QTest::newRow("chart 3x") << true << 3.0;
    }

    void exportPng()
    {
        QFETCH(bool, chart);
        QFETCH(double, scale);
        chart ? showChart() : showGraph();
        const PrintSource source = m_print->source();
        QVERIFY(source.isPicture());
        // What is exported is what the view shows, at the chosen scale.
        const QWidget *viewport =
            chart ? m_window->chartsTab()->chartView()->viewport() : m_window->networkTab()->view()->viewport();
        QCOMPARE(source.size().toSize(), viewport->size());
        const QString file = exportAndWait(QStringLiteral("view-%1-%2.png").arg(chart).arg(scale), scale);
        QVERIFY(!file.isEmpty());
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), (QSizeF(viewport->size()) * scale).toSize());
        QVERIFY2(sampledColours(image) > 20, "the exported image is blank");
    }

    void exportSvg_data()
    {
        QTest::addColumn<bool>("chart");
        QTest::newRow("graph") << false;
        QTest::newRow("chart") << true;
    }

    void exportSvg()
    {
        QFETCH(bool, chart);
        chart ? showChart() : showGraph();
        const QString file = exportAndWait(QStringLiteral("view-%1.svg").arg(chart));
        QVERIFY(!file.isEmpty());
        QVERIFY(head(file, 400).contains("<svg"));
        int elements = 0;
        QVERIFY(svgIsWellFormed(file, &elements));
        QVERIFY2(elements > 20, qPrintable(QString::number(elements)));
        QSvgRenderer renderer(file);
        QVERIFY(renderer.isValid());
        // Names drawn as text, not only shapes.
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray content = svg.readAll();
        QVERIFY(content.contains(chart ? "Deals" : "Northwind"));
    }

    void exportPdf_data() { exportSvg_data(); }

    void exportPdf()
    {
        QFETCH(bool, chart);
        chart ? showChart() : showGraph();
        const QString file = exportAndWait(QStringLiteral("view-%1.pdf").arg(chart));
        QVERIFY(!file.isEmpty());
        QVERIFY(head(file, 5).startsWith("%PDF"));
        QVERIFY(QFileInfo(file).size() > 2000);
    }

    void print_data()
    {
        QTest::addColumn<int>("target");
        QTest::newRow("chart") << int(PrintController::Target::Chart);
        QTest::newRow("graph") << int(PrintController::Target::Graph);
        QTest::newRow("brief") << int(PrintController::Target::Brief);
    }

    void print()
    {
        QFETCH(int, target);
        if (target == int(PrintController::Target::Chart))
            showChart();
        const QString file = m_dir.filePath(QStringLiteral("print-%1.pdf").arg(target));
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        QVERIFY(m_print->printTo(&printer, PrintController::Target(target)));
        QVERIFY(head(file, 5).startsWith("%PDF"));
        QVERIFY2(QFileInfo(file).size() > 3000, qPrintable(QString::number(QFileInfo(file).size())));
    }

    void previewShowsTheCurrentView_data()
    {
        QTest::addColumn<bool>("chart");
        QTest::newRow("graph") << false;
        QTest::newRow("chart") << true;
    }

    // File > Print Preview opens on the current view; the dialog is modal, so
    // it is inspected and closed from a timer. With LIAISON_SCREENSHOT_DIR set,
    // it is also saved there (the user guide's pictures).
    void previewShowsTheCurrentView()
    {
        QFETCH(bool, chart);
        chart ? showChart() : showGraph();
        int pages = -1;
        bool seen = false;
        QString docName;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QTimer::singleShot(500, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                seen = true;
                docName = dialog->printer()->docName();
                orientation = dialog->printer()->pageLayout().orientation();
                if (auto *widget = dialog->findChild<QPrintPreviewWidget *>())
                    pages = widget->pageCount();
                const QString dir = qEnvironmentVariable("LIAISON_SCREENSHOT_DIR");
                if (!dir.isEmpty())
                    dialog->grab().save(dir + QStringLiteral("/preview-%1.png").arg(chart ? u"chart" : u"graph"));
                dialog->reject();
            }
        });
        QVERIFY(m_print->previewAction()->isEnabled());
        m_print->previewAction()->trigger();
        QVERIFY(seen);
        QCOMPARE(pages, 1);
        // Set up like a print: named after the view, turned for a wide picture.
        const PrintSource source = m_print->source();
        QCOMPARE(docName, source.title());
        QCOMPARE(orientation, source.size().width() > source.size().height() ? QPageLayout::Landscape
                                                                               : QPageLayout::Portrait);
    }

    void briefFollowsThePane()
    {
        QVERIFY(m_window->selectEntityNamed(QStringLiteral("Priya Raman")));
        // The entity pane has the focus: Print prints its brief.
        m_window->entityPane()->findChild<QTextBrowser *>()->setFocus();
        QTRY_COMPARE(m_print->currentTarget(), PrintController::Target::Brief);
        const PrintSource source = m_print->source();
        QCOMPARE(source.kind(), PrintSource::Kind::Brief);
        const QString text = source.document()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Hired by Halden Systems")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Halden backs Corvane")));
        // Briefs are printed, not exported as pictures.
        QVERIFY(!m_print->exportTo(m_dir.filePath(QStringLiteral("brief.png"))));
        QVERIFY(!m_print->lastExportError().isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("brief.png"))));
        m_window->networkTab()->view()->setFocus();
    }

    void failedExportNamesFileAndReasonAndLeavesNothing()
    {
        showGraph();
        const QString file = m_dir.filePath(QStringLiteral("missing-folder/graph.svg"));
        QSignalSpy finished(m_print->exportWriter(), &ExportWriter::finished);
        QVERIFY(m_print->exportTo(file));
        QVERIFY(finished.wait(20000) || !finished.isEmpty());
        QCOMPARE(finished.first().at(0).toString(), file);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!finished.first().at(2).toString().isEmpty());
        QCOMPARE(m_print->lastExportError(), finished.first().at(2).toString());
        QVERIFY(!QFileInfo::exists(file));
        // An unknown suffix is refused before anything starts.
        QVERIFY(!m_print->exportTo(m_dir.filePath(QStringLiteral("graph.bmp"))));
    }

    void cancelledExportKeepsTheOldFile()
    {
        showGraph();
        const QString file = m_dir.filePath(QStringLiteral("kept.png"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous content");
        }
        ExportRequest request;
        request.source = m_print->source();
        request.path = file;
        request.format = ExportFormat::Png;
        std::atomic_bool cancelled(true);
        QCOMPARE(writeExport(request, &cancelled), QString());
        QCOMPARE(head(file, 100), QByteArray("previous content"));
        // Not cancelled, the same request replaces the file whole.
        QCOMPARE(writeExport(request), QString());
        QVERIFY(!QImage(file).isNull());
    }

    void wholeGraphIsLargerThanTheView()
    {
        showGraph();
        GraphView *view = m_window->networkTab()->view();
        view->zoomBy(3); // only part of the graph is on screen
        m_print->setWholeGraph(false);
        const PrintSource visible = m_print->source();
        m_print->setWholeGraph(true);
        const PrintSource whole = m_print->source();
        m_print->setWholeGraph(false);
        QVERIFY(visible.isPicture() && whole.isPicture());
        QImage a(visible.size().toSize(), QImage::Format_ARGB32);
        QImage b(whole.size().toSize(), QImage::Format_ARGB32);
        a.fill(Qt::white);
        b.fill(Qt::white);
        {
            QPainter pa(&a);
            visible.paint(&pa, a.rect());
            QPainter pb(&b);
            whole.paint(&pb, b.rect());
        }
        QVERIFY(a != b);
        view->fitToView();
    }

private:
    void showGraph()
    {
        m_window->centreTabs()->setCurrentWidget(m_window->networkTab());
        QCOMPARE(m_print->currentTarget(), PrintController::Target::Graph);
    }

    void showChart()
    {
        ChartsTab *charts = m_window->chartsTab();
        QSignalSpy loaded(charts, &ChartsTab::loaded);
        m_window->centreTabs()->setCurrentWidget(charts);
        if (charts->kind() != ChartKind::DealsOverTime)
            charts->setKind(ChartKind::DealsOverTime);
        QTRY_VERIFY(!charts->isLoading() && charts->data().kind == ChartKind::DealsOverTime && !charts->data().isEmpty());
        QCOMPARE(m_print->currentTarget(), PrintController::Target::Chart);
    }

    QString exportAndWait(const QString &name, double scale = 1)
    {
        const QString file = m_dir.filePath(name);
        QSignalSpy finished(m_print->exportWriter(), &ExportWriter::finished);
        if (!m_print->exportTo(file, scale)) {
            qWarning() << m_print->lastExportError();
            return QString();
        }
        if (!finished.wait(20000) && finished.isEmpty())
            return QString();
        if (!finished.first().at(1).toBool()) {
            qWarning() << finished.first().at(2).toString();
            return QString();
        }
        return file;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    PrintController *m_print = nullptr;
};

QTEST_MAIN(tst_GuiPrint)
#include "tst_gui_print.moc"
