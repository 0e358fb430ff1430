#pragma once

#include "printsource.h"

#include <QObject>

class QAction;
class QMenu;
class QPrinter;
class QProgressBar;
class QToolButton;

namespace liaison {

class ExportWriter;
class MainWindow;

// File > Print, Print Preview, Print Entity Brief and Export View for the main
// window: captures the current chart, graph view or entity brief as a
// PrintSource, prints it through QPrintDialog/QPrintPreviewDialog and writes
// exports on a worker thread with a busy indicator and Cancel in the status bar.
class PrintController : public QObject
{
    Q_OBJECT
public:
    enum class Target { Auto, Chart, Graph, Brief };

    explicit PrintController(MainWindow *window);
    ~PrintController() override;

    // Adds the actions to the menu, before `before` (or at the end).
    void addActions(QMenu *menu, QAction *before = nullptr);

    // What Auto means now: the entity brief when the entity pane has the focus,
    // else the current tab's chart or graph (the brief from the Articles tab).
    Target currentTarget() const;
    PrintSource source(Target target = Target::Auto) const;
    // The graph is printed and exported as the view shows it, or whole.
    bool wholeGraph() const { return m_wholeGraph; }
    void setWholeGraph(bool whole);

    // Prints without a dialog (tests, and after the dialog was accepted).
    bool printTo(QPrinter *printer, Target target = Target::Auto);
    // Starts writing an export; false (with the reason shown in the status
    // bar) when there is nothing to export or an export is running.
    bool exportTo(const QString &path, double scale = 1, Target target = Target::Auto);
    ExportWriter *exportWriter() const { return m_writer; }
    QString lastExportError() const { return m_lastError; }

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *briefAction() const { return m_brief; }
    QAction *exportAction() const { return m_export; }

    // Off in tests: failures go to lastExportError() and the status bar only.
    void setShowMessages(bool show) { m_showMessages = show; }

public Q_SLOTS:
    void print();
    void printPreview();
    void printBrief();
    void exportView();
    void updateActions();

private:
    // False, with a word in the status bar, when there is nothing to print; else
    // names the printer's document and turns it for a landscape picture.
    bool setUpPrinter(const PrintSource &source, QPrinter *printer);
    void printWithDialog(const PrintSource &source);
    void onExportFinished(const QString &path, bool ok, const QString &error);
    static QString targetName(Target target);

    MainWindow *m_window;
    ExportWriter *m_writer;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_brief = nullptr;
    QAction *m_export = nullptr;
    QAction *m_whole = nullptr;
    QProgressBar *m_busy = nullptr;
    QToolButton *m_cancel = nullptr;
    QString m_lastError;
    bool m_wholeGraph = false;
    bool m_showMessages = true;
};

} // namespace liaison
