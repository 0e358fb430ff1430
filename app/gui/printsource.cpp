#include "printsource.h"

#include "graphview.h"
#include "graphscene.h"

#include <QChartView>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace liaison {

PrintSource PrintSource::fromGraph(GraphView *view, bool wholeGraph)
{
    PrintSource source;
    if (!view || !view->graphScene() || view->graphScene()->nodeCount() == 0)
        return source;
    GraphScene *scene = view->graphScene();
    const QSizeF viewport = view->viewport()->size();
    QRectF from;
    if (wholeGraph) {
        from = scene->sceneRect();
        // The whole graph at about the size of the view: the scene is scaled
        // as one, so only the resolution, not the look, depends on this size.
        source.m_size = from.size().scaled(viewport, Qt::KeepAspectRatio);
    } else {
        from = view->mapToScene(view->viewport()->rect()).boundingRect();
        source.m_size = viewport;
    }
    if (source.m_size.isEmpty())
        return source;
    source.m_kind = Kind::Graph;
    source.m_title = wholeGraph ? PrintSource::tr("Relationship graph") : PrintSource::tr("Relationship graph (view)");
    const QBrush brush = scene->backgroundBrush();
    source.m_background = brush.style() == Qt::NoBrush ? QColor(Qt::white) : brush.color();
    QPainter painter(&source.m_picture);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.fillRect(QRectF(QPointF(), source.m_size), source.m_background);
    view->renderGraph(&painter, QRectF(QPointF(), source.m_size), from, true);
    painter.end();
    return source;
}

PrintSource PrintSource::fromChart(QChartView *view, const QString &title)
{
    PrintSource source;
    if (!view || !view->chart())
        return source;
    source.m_size = view->viewport()->size();
    if (source.m_size.isEmpty())
        return source;
    source.m_kind = Kind::Chart;
    source.m_title = title;
    source.m_background = view->chart()->backgroundBrush().color();
    QPainter painter(&source.m_picture);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.fillRect(QRectF(QPointF(), source.m_size), Qt::white);
    // The scene as the view shows it, so exports match the screen.
    view->render(&painter, QRectF(QPointF(), source.m_size), view->viewport()->rect(), Qt::KeepAspectRatio);
    painter.end();
    return source;
}

PrintSource PrintSource::fromDocument(std::shared_ptr<QTextDocument> document, const QString &title)
{
    PrintSource source;
    if (!document)
        return source;
    source.m_kind = Kind::Brief;
    source.m_title = title;
    source.m_document = std::move(document);
    return source;
}

void PrintSource::paint(QPainter *painter, const QRectF &target) const
{
    if (!isPicture() || m_size.isEmpty() || target.isEmpty())
        return;
    const QSizeF fitted = m_size.scaled(target.size(), Qt::KeepAspectRatio);
    const double scale = fitted.width() / m_size.width();
    painter->save();
    painter->translate(target.x() + (target.width() - fitted.width()) / 2,
                       target.y() + (target.height() - fitted.height()) / 2);
    painter->scale(scale, scale);
    painter->setClipRect(QRectF(QPointF(), m_size));
    painter->drawPicture(QPointF(), m_picture);
    painter->restore();
}

bool PrintSource::print(QPrinter *printer) const
{
    if (isNull() || !printer)
        return false;
    if (m_kind == Kind::Brief) {
        printer->setDocName(m_title);
        m_document->print(printer);
        return true;
    }
    printer->setDocName(m_title);
    // Landscape pictures print better across a landscape page; the user can
    // still change it in the dialog, which is shown before this runs.
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QRectF area(QPointF(), page.size());
    // A heading: what this is and when it was printed.
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    const QString heading = PrintSource::tr("%1 — Liaison, %2", "title — Liaison, date")
                                .arg(m_title, QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    const QRectF headingRect = painter.boundingRect(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, heading);
    painter.setPen(Qt::darkGray);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, heading);
    const double gap = headingRect.height() * 0.8;
    paint(&painter, area.adjusted(0, headingRect.height() + gap, 0, 0));
    return painter.end();
}

} // namespace liaison
