#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPicture>
#include <QSizeF>
#include <QString>

#include <memory>

class QChartView;
class QPainter;
class QPrinter;
class QRectF;
class QTextDocument;

namespace liaison {

class GraphView;

// What File > Print, Print Preview and Export View act on, captured on the GUI
// thread: the chart or the graph as shown, recorded as a QPicture (paint
// commands, so it replays at any size, on any device and on any thread), or
// the entity brief as a text document that paginates itself.
class PrintSource
{
    Q_DECLARE_TR_FUNCTIONS(liaison::PrintSource)

public:
    enum class Kind { None, Chart, Graph, Brief };

    PrintSource() = default;
    // The graph's visible area as on screen, or the whole graph.
    static PrintSource fromGraph(GraphView *view, bool wholeGraph);
    static PrintSource fromChart(QChartView *view, const QString &title);
    static PrintSource fromDocument(std::shared_ptr<QTextDocument> document, const QString &title);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::None; }
    bool isPicture() const { return m_kind == Kind::Chart || m_kind == Kind::Graph; }
    QString title() const { return m_title; }
    // The picture's natural size in logical pixels (what the screen showed).
    QSizeF size() const { return m_size; }
    const QPicture &picture() const { return m_picture; }
    QColor background() const { return m_background; }
    QTextDocument *document() const { return m_document.get(); }
    // Gives this copy a picture of its own, to hand to another thread.
    void detach() { m_picture.detach(); }

    // Plays the picture into target, centred, keeping its aspect ratio.
    void paint(QPainter *painter, const QRectF &target) const;
    // A picture fitted on one page under a one-line heading; a document
    // paginated by QTextDocument::print. False if there is nothing to print
    // or the printer cannot be painted on.
    bool print(QPrinter *printer) const;

private:
    Kind m_kind = Kind::None;
    QString m_title;
    QSizeF m_size;
    QPicture m_picture;
    QColor m_background = Qt::white;
    std::shared_ptr<QTextDocument> m_document;
};

} // namespace liaison
