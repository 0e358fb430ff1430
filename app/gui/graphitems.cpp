#include "graphitems.h"

#include "graph/graphstyle.h"
#include "graphscene.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

#include <algorithm>
#include <array>

namespace liaison {

namespace {

constexpr double kArrowSize = 9;
// Below this level of detail (screen pixels per scene unit) arrows, crosses
// and dashes are not worth their cost: they would be a few pixels wide.
constexpr double kEdgeDetailLod = 0.35;
constexpr double kLabelMinScreenHeight = 7; // px: smaller labels are unreadable
constexpr int kAlwaysNamedNodes = 80;        // a graph this small is named at every zoom

// Everything the graph draws is translated in one context, "liaison::GraphView",
// spelled out in each call so lupdate files it there (a free tr() would be
// filed under whichever class encloses the call).

QString edgeToolTip(const GraphEdge &edge, const QString &source, const QString &target)
{
    const QLocale locale;
    QStringList details;
    details.append(GraphLegend::statusLabel(edge.status));
    if (!edge.date.isEmpty())
        details.append(edge.date.toHtmlEscaped());
    if (edge.amount)
        details.append(locale.toCurrencyString(edge.amount->value, edge.amount->currency).toHtmlEscaped());
    if (edge.stakePercent)
        details.append(QCoreApplication::translate("liaison::GraphView", "%1 % stake").arg(locale.toString(*edge.stakePercent)));
    if (!edge.role.isEmpty())
        details.append(edge.role.toHtmlEscaped());
    details.append(QCoreApplication::translate("liaison::GraphView", "%n article(s)", nullptr, edge.articleCount));
    QString tip = QCoreApplication::translate("liaison::GraphView", "<b>%1</b> %2 <b>%3</b>")
                      .arg(source.toHtmlEscaped(), GraphLegend::relationTypeLabel(edge.type), target.toHtmlEscaped());
    tip += QLatin1StringView("<br/>") + details.join(QStringLiteral(" · "));
    if (!edge.evidence.isEmpty())
        tip += QStringLiteral("<br/><i>“") + edge.evidence.toHtmlEscaped() + QStringLiteral("”</i>");
    return tip;
}

// The region Qt repaints, in the widget's coordinates (the paint engine's
// system clip is in its window's backing store); empty when unknown.
QRegion repaintRegion(QPainter *painter, const QWidget *widget)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || !widget)
        return {};
    const QRegion region = engine->systemClip().translated(-widget->mapTo(widget->window(), QPoint()));
    return widget->rect().contains(region.boundingRect()) ? region : QRegion();
}

// Liang-Barsky: clips the line to the rectangle; false when nothing is left.
bool clipLine(QLineF *line, const QRectF &rect)
{
    if (rect.isEmpty())
        return true; // no exposure information: keep the line whole
    const double x0 = line->x1(), y0 = line->y1();
    const double dx = line->dx(), dy = line->dy();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0 - rect.left(), rect.right() - x0, y0 - rect.top(), rect.bottom() - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    *line = QLineF(x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy);
    return true;
}

QPolygonF regularPolygon(int sides, double radius, double rotation)
{
    QPolygonF polygon;
    for (int i = 0; i < sides; ++i) {
        const double angle = rotation + 2 * M_PI * i / sides;
        polygon << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    polygon << polygon.first();
    return polygon;
}

// Batched 1 px lines, one drawLines per pen, without antialiasing.
template <std::size_t N>
void drawLineSets(QPainter *painter, const std::array<QList<QLineF>, N> &lines, const std::array<QPen, N> &pens)
{
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (std::size_t i = 0; i < N; ++i) {
        if (lines[i].isEmpty())
            continue;
        painter->setPen(pens[i]);
        painter->drawLines(lines[i].constData(), int(lines[i].size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

// The overview's nodes: squares per type, selected ones outlined.
int drawNodeSets(QPainter *painter, const std::array<QList<QRectF>, 4> &nodes, const std::array<QBrush, 4> &brushes,
                 const QList<QRectF> &selected, const QPen &selectedPen)
{
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Nodes are a few pixels wide out here: squares in their type's colour
    // say enough, and are the cheapest thing a rasterizer fills.
    painter->setPen(Qt::NoPen);
    int count = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        count += int(nodes[i].size());
        if (nodes[i].isEmpty())
            continue;
        painter->setBrush(brushes[i]);
        painter->drawRects(nodes[i].constData(), int(nodes[i].size()));
    }
    if (!selected.isEmpty()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(selectedPen);
        painter->drawRects(selected.constData(), int(selected.size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    return count;
}

// What a worker thread needs to draw the overview's picture: copies, so
// that the GUI thread may move, filter or delete items meanwhile.
struct OverviewJob {
    QRectF area;
    double scale = 1;
    double dpr = 1;
    std::array<QList<QLineF>, 22> lines;
    std::array<QPen, 22> pens;
    std::array<QList<QRectF>, 4> nodes;
    std::array<QBrush, 4> brushes;
    QList<QRectF> selected;
    QPen selectedPen;
};

QImage drawOverview(const OverviewJob &job)
{
    const QSize size(int(std::ceil(job.area.width() * job.scale * job.dpr)),
                     int(std::ceil(job.area.height() * job.scale * job.dpr)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(job.dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.scale(job.scale, job.scale);
    p.translate(-job.area.topLeft());
    drawLineSets(&p, job.lines, job.pens);
    drawNodeSets(&p, job.nodes, job.brushes, job.selected, job.selectedPen);
    return image;
}

} // namespace

// --- NodeItem ---------------------------------------------------------------

NodeItem::NodeItem(int index, const GraphNode &node)
    : m_index(index)
    , m_entityId(node.entityId)
    , m_entityType(node.type)
    , m_radius(radiusForDegree(node.degree))
    , m_pinned(node.pinned)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsScenePositionChanges);
    setAcceptHoverEvents(true);
    setZValue(2);
    updateContents();
    setPos(node.position);
    m_path = shapeFor(node.type, m_radius);
    m_bounds = m_path.boundingRect().adjusted(-4, -4, 4, 4);
    const QColor color = GraphStyle::entityColor(node.type);
    m_brush = QBrush(color);
    m_pen = QPen(color.darker(150), 1.5);
    m_selectedPen = QPen(QColor(0x20, 0x20, 0x20), 3.5);
    m_label.setText(node.name);
    m_label.setTextFormat(Qt::PlainText);
    m_label.prepare(QTransform(), labelFont());
    m_labelSize = m_label.size();
    setToolTip(QCoreApplication::translate("liaison::GraphView", "<b>%1</b><br/>%2 · %n relation(s)", nullptr, node.degree)
                   .arg(node.name.toHtmlEscaped(), GraphLegend::entityTypeLabel(node.type)));
}

double NodeItem::radiusForDegree(int degree)
{
    return GraphStyle::nodeRadius(degree);
}

QFont NodeItem::labelFont()
{
    QFont font;
    font.setPointSizeF(9);
    return font;
}

QPainterPath NodeItem::shapeFor(EntityType type, double r)
{
    QPainterPath path;
    switch (type) {
    case EntityType::Person:
        path.addEllipse(QPointF(), r, r);
        break;
    case EntityType::Company:
        path.addRoundedRect(QRectF(-1.15 * r, -0.85 * r, 2.3 * r, 1.7 * r), 0.3 * r, 0.3 * r);
        break;
    case EntityType::Product:
        path.addPolygon(regularPolygon(4, 1.2 * r, -M_PI / 2));
        break;
    case EntityType::Organization:
        path.addPolygon(regularPolygon(6, 1.08 * r, 0));
        break;
    }
    path.closeSubpath();
    return path;
}

double NodeItem::rimDistance(const QPointF &unit) const
{
    const double ux = std::abs(unit.x()), uy = std::abs(unit.y());
    const double r = m_radius;
    switch (m_entityType) {
    case EntityType::Person:
        return r;
    case EntityType::Company:
        return std::min(ux > 1e-9 ? 1.15 * r / ux : 1e9, uy > 1e-9 ? 0.85 * r / uy : 1e9);
    case EntityType::Product:
        return 1.2 * r / std::max(1e-9, ux + uy);
    case EntityType::Organization: {
        // Flat-topped hexagon: the apothem over the largest projection on its edge normals.
        const double apothem = 1.08 * r * std::cos(M_PI / 6);
        const double c = std::cos(M_PI / 6), s = std::sin(M_PI / 6);
        const double projection = std::max({uy, std::abs(c * unit.x() + s * unit.y()), std::abs(c * unit.x() - s * unit.y())});
        return apothem / std::max(1e-9, projection);
    }
    }
    return r;
}

void NodeItem::setOverview(bool)
{
    // EdgeLayer draws plain nodes in both modes (squares or pictures).
    updateContents();
}

void NodeItem::updateContents()
{
    const bool own = m_hovered || m_pinned || isSelected();
    if (bool(flags() & ItemHasNoContents) != !own) {
        setFlag(ItemHasNoContents, !own);
        if (scene()) // whichever of the item and the layer draws it now
            scene()->update(sceneBoundingRect());
    }
}

void NodeItem::setPinned(bool pinned)
{
    if (m_pinned != pinned) {
        m_pinned = pinned;
        updateContents();
        update();
    }
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setBrush(m_hovered ? QBrush(m_brush.color().lighter(115)) : m_brush);
    painter->setPen(option->state & QStyle::State_Selected ? m_selectedPen : m_pen);
    painter->drawPath(m_path);
    if (m_pinned) {
        // A small white dot: this node will not move on relayout.
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawEllipse(QPointF(0, 0), 2.5, 2.5);
    }
}

GraphScene *NodeItem::graphScene() const
{
    return static_cast<GraphScene *>(scene());
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemScenePositionHasChanged && scene())
        graphScene()->nodeMoved(this);
    if (change == ItemSelectedHasChanged)
        updateContents();
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    QGraphicsItem::mousePressEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (pos() != m_pressPos && scene()) {
        setPinned(true);
        graphScene()->nodeDropped(this);
    }
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    setZValue(3);
    updateContents();
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    setZValue(2);
    updateContents();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

// --- EdgeItem ---------------------------------------------------------------

EdgeItem::EdgeItem(int index, const GraphEdge &edge, NodeItem *source, NodeItem *target)
    : m_index(index)
    , m_relationId(edge.relationId)
    , m_relationType(edge.type)
    , m_source(source)
    , m_target(target)
    , m_directed(!isSymmetric(edge.type))
    , m_negative(GraphStyle::isNegative(edge.status))
{
    setFlag(ItemUsesExtendedStyleOption); // exposedRect, to clip long lines
    QColor color = GraphStyle::relationColor(edge.type);
    if (m_negative)
        color.setAlpha(150);
    const double width = 1.4 + 0.5 * std::min(4, std::max(0, edge.articleCount - 1));
    m_pen = QPen(color, width, GraphStyle::isTentative(edge.status) ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
    m_hoverPen = m_pen;
    m_hoverPen.setWidthF(width + 2);
    m_arrowBrush = QBrush(color);
    setToolTip(edgeToolTip(edge, source->label().text(), target->label().text()));
    source->addEdge(this);
    if (target != source)
        target->addEdge(this);
    adjust();
}

void EdgeItem::adjust()
{
    const QPointF a = m_source->pos();
    const QPointF b = m_target->pos();
    const QLineF centres(a, b);
    const double length = centres.length();
    prepareGeometryChange();
    if (length < 1e-6) {
        m_line = QLineF(a, a);
        m_arrow.clear();
        m_bounds = QRectF(a, QSizeF(1, 1));
        return;
    }
    const QPointF unit = (b - a) / length;
    // Stop at the shapes' rims (approximated by their radius) so arrowheads show.
    const double startGap = std::min(m_source->rimDistance(unit), length / 3);
    const double endGap = std::min(m_target->rimDistance(unit) + 1.5, length / 3);
    m_line = QLineF(a + unit * startGap, b - unit * endGap);
    const QPointF normal(-unit.y(), unit.x());
    if (m_directed) {
        const QPointF tip = m_line.p2();
        const QPointF base = tip - unit * (kArrowSize * 1.4);
        m_arrow = QPolygonF({tip, base + normal * (kArrowSize * 0.6), base - normal * (kArrowSize * 0.6)});
        m_line.setP2(base + unit * 1.0);
    }
    if (m_negative) {
        const QPointF mid = m_line.center();
        const QPointF d1 = (unit + normal) * 5.5;
        const QPointF d2 = (unit - normal) * 5.5;
        m_cross = {QLineF(mid - d1, mid + d1), QLineF(mid - d2, mid + d2)};
    }
    m_bounds = QRectF(a, b).normalized().adjusted(-kArrowSize, -kArrowSize, kArrowSize, kArrowSize);
}

bool EdgeItem::hits(const QPointF &p) const
{
    // The band shape() describes, without building a path per edge.
    const double half = std::max(6.0, m_pen.widthF() + 4) / 2;
    const QPointF d = m_line.p2() - m_line.p1();
    const double length2 = d.x() * d.x() + d.y() * d.y();
    double t = length2 > 0 ? ((p.x() - m_line.x1()) * d.x() + (p.y() - m_line.y1()) * d.y()) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = m_line.p1() + t * d;
    const QPointF off = p - nearest;
    return off.x() * off.x() + off.y() * off.y() <= half * half;
}

QPainterPath EdgeItem::shape() const
{
    // Only hit-testing uses this, never painting: a band along the line.
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(6.0, m_pen.widthF() + 4));
    return stroker.createStroke(path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(m_hovered ? m_hoverPen : m_pen);
    // Stroking (and dashing) a line thousands of pixels long costs its whole
    // length even where it is off screen: draw only the exposed part.
    QLineF visible = m_line;
    if (!clipLine(&visible, option->exposedRect.adjusted(-4, -4, 4, 4)))
        return;
    painter->drawLine(visible);
    if (lod < kEdgeDetailLod)
        return;
    if (m_directed && !m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_arrowBrush);
        painter->drawPolygon(m_arrow);
    }
    if (m_negative) {
        painter->setPen(m_hoverPen);
        painter->drawLines(m_cross.data(), 2);
    }
}

// --- EdgeLayer --------------------------------------------------------------

EdgeLayer::EdgeLayer(GraphScene *scene)
    : m_scene(scene)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: only the exposed cells are looked at
    for (RelationType type : allRelationTypes()) {
        QColor color = GraphStyle::relationColor(type);
        color.setAlpha(170);
        // Cosmetic: one pixel wide whatever the zoom, which is what thousands
        // of edges on screen need.
        QPen pen(color, 0);
        pen.setCosmetic(true);
        m_pens[static_cast<std::size_t>(type)] = pen;
        // Tentative relations keep their dashes when batched zoomed in.
        pen.setStyle(Qt::DashLine);
        m_pens[static_cast<std::size_t>(type) + m_pens.size() / 2] = pen;
        // Stubs of edges long on screen: full colour by the node, fading out.
        color.setAlpha(230);
        pen.setColor(color);
        pen.setStyle(Qt::SolidLine);
        m_stubPens[static_cast<std::size_t>(type)] = pen;
        pen.setStyle(Qt::DashLine);
        m_stubPens[static_cast<std::size_t>(type) + kStubTypes] = pen;
        color.setAlpha(70);
        pen.setColor(color);
        pen.setStyle(Qt::SolidLine);
        m_stubPens[static_cast<std::size_t>(type) + 2 * kStubTypes] = pen;
        pen.setStyle(Qt::DashLine);
        m_stubPens[static_cast<std::size_t>(type) + 3 * kStubTypes] = pen;
    }
    // Once the wheel stops, the overview picture is drawn again at the new scale.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    QObject::connect(&m_refresh, &QTimer::timeout, &m_refresh, [this] {
        m_sharpWanted = true;
        update();
    });
    QObject::connect(&m_cacheWatcher, &QFutureWatcher<QImage>::finished, &m_cacheWatcher, [this] {
        if (!m_jobRunning || m_cacheWatcher.isCanceled())
            return;
        m_jobRunning = false;
        m_cache = m_cacheWatcher.result();
        m_cacheRect = m_jobRect;
        m_cacheScale = m_jobScale;
        m_sharpWanted = false;
        ++m_cacheRenders;
        update();
    });
    // Zoomed in, likewise: once the wheel stops, a drag pauses or nodes stop
    // moving, the picture is drawn again for the view as it is now.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    QObject::connect(&m_settle, &QTimer::timeout, &m_settle, [this] {
        m_moving = false;
        if (m_picture.isNull() || m_pictureStale) {
            m_picture = QImage();
            update();
        }
    });
    for (EntityType type : allEntityTypes())
        m_brushes[static_cast<std::size_t>(type)] = QBrush(GraphStyle::entityColor(type));
    m_selectedPen = QPen(QColor(0x20, 0x20, 0x20), 2.5);
    m_selectedPen.setCosmetic(true);
}

void EdgeLayer::setBounds(const QRectF &bounds)
{
    prepareGeometryChange();
    m_bounds = bounds;
    m_dirty = true;
    m_cache = QImage();
    m_jobRunning = false; // its picture is of what was
    m_picture = QImage();
}

void EdgeLayer::invalidate(bool moving)
{
    m_dirty = true;
    m_cache = QImage();
    m_jobRunning = false; // its picture is of what was
    m_picture = QImage();
    if (moving && m_scene->edgeCount() > kPictureMinEdges) {
        m_moving = true;
        m_settle.start();
    }
    update();
}

EdgeItem *EdgeLayer::edgeAt(const QPointF &pos)
{
    if (m_overview || m_scene->edgeCount() == 0)
        return nullptr;
    if (m_dirty)
        rebuild();
    // The widest band is under 4 units from the line (EdgeItem::hits).
    constexpr double kReach = 4;
    const QRectF around(pos - QPointF(kReach, kReach), QSizeF(2 * kReach, 2 * kReach));
    if (!around.intersects(m_gridRect))
        return nullptr;
    const int c0 = std::clamp(int((around.left() - m_gridRect.left()) / m_cellWidth), 0, kGrid - 1);
    const int c1 = std::clamp(int((around.right() - m_gridRect.left()) / m_cellWidth), 0, kGrid - 1);
    const int r0 = std::clamp(int((around.top() - m_gridRect.top()) / m_cellHeight), 0, kGrid - 1);
    const int r1 = std::clamp(int((around.bottom() - m_gridRect.top()) / m_cellHeight), 0, kGrid - 1);
    const auto &edges = m_scene->edgeItems();
    int best = -1; // the last one drawn is on top, as items stacked in creation order were
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            for (const int index : m_cells[std::size_t(r * kGrid + c)]) {
                if (index > best && edges[index]->hits(pos))
                    best = index;
            }
        }
    }
    return best >= 0 ? edges[best] : nullptr;
}

void EdgeLayer::setOverview(bool overview)
{
    if (m_overview != overview) {
        m_overview = overview;
        invalidate();
    }
}

void EdgeLayer::rebuild()
{
    m_dirty = false;
    const auto &edges = m_scene->edgeItems();
    const auto &nodes = m_scene->nodeItems();
    if (m_stamp.size() != edges.size()) {
        m_stamp.fill(0, edges.size());
        m_paint = 0;
    }
    QRectF extent;
    for (const NodeItem *node : nodes)
        extent |= QRectF(node->pos(), QSizeF(1, 1));
    m_gridRect = extent.adjusted(-1, -1, 1, 1);
    m_cellWidth = m_gridRect.width() / kGrid;
    m_cellHeight = m_gridRect.height() / kGrid;
    for (auto &cell : m_cells)
        cell.clear(); // keeps capacity: relayouts and animation frames do not reallocate
    // Each shown edge goes into every cell its segment crosses: column by
    // column, the rows between where it enters and leaves the column.
    for (const EdgeItem *edge : edges) {
        if (!m_scene->isEdgeShown(edge->index()))
            continue;
        const QPointF a = edge->sourceNode()->pos(), b = edge->targetNode()->pos();
        double x0 = (a.x() - m_gridRect.left()) / m_cellWidth, y0 = (a.y() - m_gridRect.top()) / m_cellHeight;
        double x1 = (b.x() - m_gridRect.left()) / m_cellWidth, y1 = (b.y() - m_gridRect.top()) / m_cellHeight;
        if (x1 < x0) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const double slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0;
        const int c0 = std::clamp(int(x0), 0, kGrid - 1), c1 = std::clamp(int(x1), 0, kGrid - 1);
        for (int c = c0; c <= c1; ++c) {
            const double xa = std::max(x0, double(c)), xb = std::min(x1, double(c + 1));
            const double ya = x1 > x0 ? y0 + (xa - x0) * slope : y0;
            const double yb = x1 > x0 ? y0 + (xb - x0) * slope : y1;
            const int r0 = std::clamp(int(std::min(ya, yb)), 0, kGrid - 1);
            const int r1 = std::clamp(int(std::max(ya, yb)), 0, kGrid - 1);
            for (int r = r0; r <= r1; ++r)
                m_cells[std::size_t(r * kGrid + c)].append(edge->index());
        }
    }
    for (auto &cell : m_nodeCells)
        cell.clear();
    for (const NodeItem *node : nodes) {
        if (!m_scene->isNodeShown(node->index()))
            continue;
        const QPointF p = node->pos();
        const int c = std::clamp(int((p.x() - m_gridRect.left()) / m_cellWidth), 0, kGrid - 1);
        const int r = std::clamp(int((p.y() - m_gridRect.top()) / m_cellHeight), 0, kGrid - 1);
        m_nodeCells[std::size_t(r * kGrid + c)].append(node->index());
    }
    for (auto &rects : m_nodes)
        rects.clear();
    m_selected.clear();
    if (!m_overview)
        return;
    for (const NodeItem *node : nodes) {
        if (!m_scene->isNodeShown(node->index()))
            continue;
        const double r = node->radius();
        m_nodes[static_cast<std::size_t>(node->entityType())].append(
            QRectF(node->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    const auto selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item))
            m_selected.append(node->sceneBoundingRect());
    }
}

void EdgeLayer::collect(const QRectF &exposed)
{
    m_exposed.clear();
    const auto &edges = m_scene->edgeItems();
    if (exposed.contains(m_gridRect)) {
        for (const EdgeItem *edge : edges) {
            if (m_scene->isEdgeShown(edge->index()))
                m_exposed.append(edge->index());
        }
        return;
    }
    if (++m_paint == 0) { // wrapped: old stamps could collide
        m_stamp.fill(0);
        m_paint = 1;
    }
    const int c0 = std::clamp(int((exposed.left() - m_gridRect.left()) / m_cellWidth), 0, kGrid - 1);
    const int c1 = std::clamp(int((exposed.right() - m_gridRect.left()) / m_cellWidth), 0, kGrid - 1);
    const int r0 = std::clamp(int((exposed.top() - m_gridRect.top()) / m_cellHeight), 0, kGrid - 1);
    const int r1 = std::clamp(int((exposed.bottom() - m_gridRect.top()) / m_cellHeight), 0, kGrid - 1);
    if (exposed.right() < m_gridRect.left() || exposed.left() > m_gridRect.right()
        || exposed.bottom() < m_gridRect.top() || exposed.top() > m_gridRect.bottom())
        return;
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            for (const int index : m_cells[std::size_t(r * kGrid + c)]) {
                if (m_stamp[index] != m_paint) {
                    m_stamp[index] = m_paint;
                    m_exposed.append(index);
                }
            }
        }
    }
}

QRectF EdgeLayer::viewRect(QWidget *viewport) const
{
    const auto *view = qobject_cast<const QGraphicsView *>(viewport->parentWidget());
    if (!view)
        return {};
    // Nodes whose shape shows at the viewport's edges count as in view.
    constexpr double kMaxRadius = 34 * 1.2;
    return view->mapToScene(view->viewport()->rect())
        .boundingRect()
        .adjusted(-kMaxRadius, -kMaxRadius, kMaxRadius, kMaxRadius);
}

void EdgeLayer::keepAnchored(const QRectF &visible)
{
    const auto &edges = m_scene->edgeItems();
    qsizetype kept = 0;
    for (const int index : std::as_const(m_exposed)) {
        const EdgeItem *edge = edges[index];
        if (visible.contains(edge->sourceNode()->pos()) || visible.contains(edge->targetNode()->pos()))
            m_exposed[kept++] = index;
    }
    m_exposed.resize(kept);
}

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (m_dirty)
        rebuild();
    m_lastPictureUse = PictureUse::None;
    const QTransform &world = painter->worldTransform();
    // On screen, the overview is a picture of the whole graph drawn once and
    // then scaled and blitted: a zoom frame costs a copy of the viewport's
    // pixels instead of 20,000 lines (see paintCached).
    if (m_overview && widget && world.type() <= QTransform::TxScale && !s_previousDrawing
        && paintCached(painter, option, widget))
        return;
    const double lod = option->levelOfDetailFromTransform(world);
    // Margins: arrowheads and wide pens reach a little past the centre line.
    const QRectF exposed = (option->exposedRect.isEmpty() ? m_bounds : option->exposedRect)
                               .adjusted(-kArrowSize, -kArrowSize, kArrowSize, kArrowSize);
    if (!m_overview && widget && !s_previousDrawing) {
        const QRectF raw = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
        if (m_scene->edgeCount() <= kPictureMinEdges || world.type() > QTransform::TxScale
            || !paintPicture(painter, raw, lod, widget)) {
            paintDirect(painter, exposed, lod, widget);
            ++m_pictureCount[2];
        }
        paintHovered(painter);
        return;
    }
    collect(exposed);
    // On screen and zoomed in, thousands of edges may cross the view between
    // nodes that are all off it: a mesh of long lines that costs most of the
    // frame and says nothing. Past kDetailMaxEdges only the edges with an end
    // in view are drawn. The tests use the whole viewport, not the exposed
    // strip, so that a scrolled strip matches the pixels already there.
    const QRectF visible = !m_overview && widget ? viewRect(widget) : QRectF();
    if (!visible.isNull() && m_exposed.size() > kDetailMaxEdges)
        keepAnchored(visible);
    m_lastExposed = int(m_exposed.size());
    m_lastBatched = m_overview || m_exposed.size() > kDetailMaxEdges;
    if (m_lastBatched) {
        paintBatched(painter, exposed, m_exposed, !m_overview);
    } else if (!visible.isNull() && !s_previousDrawing) {
        // Edges that leave the view (with a margin of half a viewport) show
        // neither arrowhead nor cross, and are the long ones: drawn thin and
        // batched, dashes kept. Those between nodes around the view get
        // every detail.
        const QRectF around = visible.adjusted(-visible.width() / 2, -visible.height() / 2, visible.width() / 2,
                                               visible.height() / 2);
        m_inside.clear();
        m_passing.clear();
        const auto &edges = m_scene->edgeItems();
        for (const int index : std::as_const(m_exposed)) {
            const EdgeItem *edge = edges[index];
            const bool inside = around.contains(edge->sourceNode()->pos()) && around.contains(edge->targetNode()->pos());
            (inside ? m_inside : m_passing).append(index);
        }
        paintBatched(painter, exposed, m_passing, true);
        paintDetail(painter, exposed, lod, m_inside);
    } else {
        paintDetail(painter, exposed, lod, m_exposed);
    }
    if (m_overview)
        paintNodes(painter);
    else
        paintSprites(painter, exposed);
    if (widget && !m_overview)
        paintHovered(painter);
}

void EdgeLayer::paintDirect(QPainter *painter, const QRectF &exposed, double lod, QWidget *widget)
{
    const QTransform &world = painter->worldTransform();
    // The exposed rect is the bounding rect of what Qt repaints: a pan's
    // new strip on one side and the legend in the opposite corner make it
    // the whole viewport. Each rect of the region is drawn on its own,
    // clipped to it, so lines are collected and walked only where pixels
    // are painted.
    const QRegion region = repaintRegion(painter, widget);
    const QRect bounds = region.boundingRect();
    qint64 area = 0;
    for (const QRect &rect : region)
        area += qint64(rect.width()) * rect.height();
    if (region.rectCount() > 1 && world.type() <= QTransform::TxScale
        && area * 2 < qint64(bounds.width()) * bounds.height()) {
        const QTransform inverse = world.inverted();
        for (const QRect &rect : region) {
            const QRectF part = inverse.mapRect(QRectF(rect));
            const QRectF margin = part.adjusted(-kArrowSize, -kArrowSize, kArrowSize, kArrowSize);
            painter->save();
            painter->setClipRect(part, Qt::IntersectClip);
            collect(margin);
            paintOnScreen(painter, margin, lod, widget, viewRect(widget), kDetailOnScreen);
            paintSprites(painter, margin);
            painter->restore();
        }
        return;
    }
    collect(exposed);
    paintOnScreen(painter, exposed, lod, widget, viewRect(widget), kDetailOnScreen);
    paintSprites(painter, exposed);
}

bool EdgeLayer::paintPicture(QPainter *painter, const QRectF &exposed, double lod, QWidget *widget)
{
    if (m_moving)
        return false; // a picture per drag frame would cost more than the frame
    const QTransform world = painter->worldTransform();
    const QRect viewport = widget->rect();
    const QRectF area = world.mapRect(exposed).intersected(QRectF(viewport));
    if (area.isEmpty())
        return true;
    // What Qt repaints: a pan's strip and the legend's corner, whose
    // bounding rect (`area`) is the whole viewport.
    QRegion region = repaintRegion(painter, widget).intersected(area.toAlignedRect());
    if (region.isEmpty())
        region = area.toAlignedRect();
    double painted = 0;
    for (const QRect &rect : region)
        painted += double(rect.width()) * rect.height();
    const double scale = world.m11();
    if (!m_picture.isNull()) {
        const QPointF origin = world.map(m_pictureRect.topLeft());
        const QPointF whole(std::round(origin.x()), std::round(origin.y()));
        const QSizeF size = QSizeF(m_picture.size()) / m_picture.devicePixelRatio();
        const bool sameScale = std::abs(scale / m_pictureScale - 1) < 1e-9;
        const QRect picture(whole.toPoint(), size.toSize());
        if (sameScale && std::abs(origin.x() - whole.x()) < 1e-3 && std::abs(origin.y() - whole.y()) < 1e-3
            && picture.contains(region.boundingRect())) {
            // A pan (or a repaint): the pixels are in the picture as they
            // would be drawn now. A copy of each rect Qt repaints.
            const double dpr = m_picture.devicePixelRatio();
            painter->setWorldTransform(QTransform());
            for (const QRect &rect : region) {
                const QRectF r(rect);
                painter->drawImage(r, m_picture,
                                   QRectF((r.left() - whole.x()) * dpr, (r.top() - whole.y()) * dpr,
                                          r.width() * dpr, r.height() * dpr));
            }
            painter->setWorldTransform(world);
            m_lastPictureUse = PictureUse::Blit;
            ++m_pictureCount[0];
            return true;
        }
        const double ratio = scale / m_pictureScale;
        const QRectF target = exposed.intersected(m_pictureRect);
        if (ratio > 0.75 && ratio < 1.3 && world.mapRect(m_pictureRect).contains(area)) {
            // A few steps of a zoom: the picture stretched will do while the
            // wheel turns; a sharp one is drawn once it stops.
            const double px = m_pictureScale * m_picture.devicePixelRatio();
            painter->drawImage(target, m_picture,
                               QRectF((target.left() - m_pictureRect.left()) * px,
                                      (target.top() - m_pictureRect.top()) * px, target.width() * px,
                                      target.height() * px));
            m_lastPictureUse = PictureUse::Stretch;
            ++m_pictureCount[1];
            m_pictureStale = true;
            m_settle.start();
            return true;
        }
    }
    // No picture for this view. A repaint of most of the viewport (a zoom
    // step too far, a filter, a resize) draws one and copies it; a pan's
    // strip is drawn directly, and the picture follows once the view rests.
    if (painted * 2 < double(viewport.width()) * viewport.height()) {
        m_pictureStale = true;
        m_settle.start();
        return false;
    }
    renderPicture(world, lod, widget);
    return paintPicture(painter, exposed, lod, widget);
}

void EdgeLayer::renderPicture(const QTransform &world, double lod, QWidget *widget)
{
    // An eighth of the viewport more on each side: room to pan a little and
    // to zoom out a few steps before it runs out.
    const QRect viewport = widget->rect();
    const int mx = viewport.width() / 8, my = viewport.height() / 8;
    const QRect device = viewport.adjusted(-mx, -my, mx, my);
    const double dpr = widget->devicePixelRatioF();
    m_picture = QImage((QSizeF(device.size()) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(Qt::transparent);
    m_pictureRect = world.inverted().mapRect(QRectF(device));
    m_pictureScale = world.m11();
    m_pictureStale = false;
    ++m_pictureRenders;
    QPainter p(&m_picture);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.setWorldTransform(world * QTransform::fromTranslate(-device.left(), -device.top()));
    const QRectF area = m_pictureRect.adjusted(-kArrowSize, -kArrowSize, kArrowSize, kArrowSize);
    constexpr double kMaxRadius = 34 * 1.2;
    collect(area);
    // Edges between nodes anywhere on the picture get their detail, so that
    // what pans into view looks as if drawn for it.
    // The detail limit grows with the picture's area over the viewport's.
    const double areaRatio = double(device.width()) * device.height() / (double(viewport.width()) * viewport.height());
    paintOnScreen(&p, area, lod, widget, m_pictureRect.adjusted(-kMaxRadius, -kMaxRadius, kMaxRadius, kMaxRadius),
                  int(kDetailOnScreen * areaRatio));
    paintSprites(&p, area, true);
}

void EdgeLayer::paintHovered(QPainter *painter)
{
    EdgeItem *edge = m_scene->hoveredEdge();
    if (!edge || m_overview)
        return;
    QStyleOptionGraphicsItem option;
    option.exposedRect = edge->boundingRect();
    edge->paint(painter, &option, nullptr);
}

bool EdgeLayer::paintCached(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const double scale = painter->worldTransform().m11();
    constexpr double kMargin = 40; // the largest node's half width
    const QRectF area = m_gridRect.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    // At most kCacheSide pixels a side: past that the picture would be
    // coarser than the screen, and the layer draws directly.
    const double finest = kCacheSide / std::max(area.width(), area.height());
    const double wanted = std::min(scale, finest);
    if (scale > finest * 1.3)
        return false;
    const double ratio = !m_cache.isNull() && m_cacheScale > 0 ? wanted / m_cacheScale : 0;
    if (ratio < 0.75 || ratio > 1.3) {
        // Too far from the picture's scale (or none yet): a worker draws
        // one (a whole large graph takes up to seconds); meanwhile frames
        // draw the overview directly.
        requestCache(area, wanted, widget->devicePixelRatioF());
        return false;
    }
    if (std::abs(ratio - 1) > 1e-3) {
        // A few steps of a zoom: the stretched picture will do while the
        // wheel turns; a sharp one is drawn once it stops.
        if (m_sharpWanted)
            requestCache(area, wanted, widget->devicePixelRatioF());
        else
            m_refresh.start();
    }
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRectF exposed = option->exposedRect.isEmpty() ? m_cacheRect : option->exposedRect.intersected(m_cacheRect);
    if (!exposed.isEmpty()) {
        const double px = m_cacheScale * m_cache.devicePixelRatio();
        const QRectF source((exposed.left() - m_cacheRect.left()) * px, (exposed.top() - m_cacheRect.top()) * px,
                            exposed.width() * px, exposed.height() * px);
        painter->drawImage(exposed, m_cache, source);
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    m_lastExposed = int(m_exposed.size());
    m_lastBatched = true;
    return true;
}

void EdgeLayer::requestCache(const QRectF &area, double scale, double dpr)
{
    // On its way: the same scale when a sharp picture is wanted, else one
    // close enough to be stretched (a zoom must not restart it every step).
    const double ratio = m_jobScale > 0 ? scale / m_jobScale : 0;
    if (m_jobRunning && m_jobRect == area
        && (m_sharpWanted ? std::abs(ratio - 1) < 1e-9 : ratio > 0.75 && ratio < 1.3))
        return;
    OverviewJob job;
    job.area = area;
    job.scale = scale;
    job.dpr = dpr;
    collect(area);
    gatherLines(area, m_exposed, false);
    job.lines = m_lines;
    job.pens = m_pens;
    job.nodes = m_nodes;
    job.brushes = m_brushes;
    job.selected = m_selected;
    job.selectedPen = m_selectedPen;
    m_jobRect = area;
    m_jobScale = scale;
    m_jobRunning = true;
    // A newer job replaces the watched one: the older result is never seen.
    m_cacheWatcher.setFuture(QtConcurrent::run([job = std::move(job)] { return drawOverview(job); }));
}

const QImage &EdgeLayer::sprite(const NodeItem *node, double scale)
{
    // Keyed by type and on-screen radius in quarter pixels, not by scale: a
    // zoom step of a few per cent reuses nearly every picture of the last
    // frame instead of rendering them all again.
    const int quarters = std::max(1, int(std::lround(node->radius() * scale * 4)));
    const int key = int(node->entityType()) * 1000000 + quarters;
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    if (m_sprites.size() > 2000)
        m_sprites.clear(); // zoomed through many sizes: start again
    const double radius = quarters / 4.0;
    const double penScale = radius / node->radius();
    const QColor color = GraphStyle::entityColor(node->entityType());
    const QPainterPath path = NodeItem::shapeFor(node->entityType(), radius);
    const QRectF box = path.boundingRect().adjusted(-penScale, -penScale, penScale, penScale);
    const int side = int(std::ceil(std::max(box.width(), box.height()))) + 2;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(side / 2.0, side / 2.0);
    p.setBrush(color);
    p.setPen(QPen(color.darker(150), 1.5 * penScale));
    p.drawPath(path);
    p.end();
    return *m_sprites.insert(key, image);
}

void EdgeLayer::paintSprites(QPainter *painter, const QRectF &exposed, bool all)
{
    const QTransform world = painter->worldTransform();
    if (!world.isAffine() || world.isRotating()) {
        for (const NodeItem *node : m_scene->nodeItems()) { // printing, odd transforms: the paths
            if (!m_scene->isNodeShown(node->index()) || !(node->flags() & ItemHasNoContents))
                continue;
            const QColor color = GraphStyle::entityColor(node->entityType());
            painter->setBrush(color);
            painter->setPen(QPen(color.darker(150), 1.5));
            painter->drawPath(NodeItem::shapeFor(node->entityType(), node->radius()).translated(node->pos()));
        }
        return;
    }
    const double scale = world.m11();
    painter->setWorldTransform(QTransform());
    const QRectF device = world.mapRect(exposed);
    m_lastNodes = 0;
    const auto &nodes = m_scene->nodeItems();
    const auto stamp = [&](const NodeItem *node) {
        // Selected, hovered and pinned nodes paint themselves, on top.
        if (!all && !(node->flags() & ItemHasNoContents))
            return;
        const QPointF centre = world.map(node->pos());
        const double half = node->radius() * 1.3 * scale + 2;
        if (centre.x() + half < device.left() || centre.x() - half > device.right()
            || centre.y() + half < device.top() || centre.y() - half > device.bottom())
            return;
        const QImage &image = sprite(node, scale);
        ++m_lastNodes;
        painter->drawImage(QPoint(int(std::lround(centre.x() - image.width() / 2.0)),
                                  int(std::lround(centre.y() - image.height() / 2.0))),
                           image);
    };
    // The nodes come from the grid's cells around the exposed rect (a pan's
    // strip holds a few of 5,000), by index so that overlapping nodes stack
    // the same way in every strip.
    const double reach = 34 * 1.3 + 2 / std::max(scale, 1e-9);
    const QRectF around = exposed.adjusted(-reach, -reach, reach, reach);
    const int c0 = std::clamp(int((around.left() - m_gridRect.left()) / m_cellWidth), 0, kGrid - 1);
    const int c1 = std::clamp(int((around.right() - m_gridRect.left()) / m_cellWidth), 0, kGrid - 1);
    const int r0 = std::clamp(int((around.top() - m_gridRect.top()) / m_cellHeight), 0, kGrid - 1);
    const int r1 = std::clamp(int((around.bottom() - m_gridRect.top()) / m_cellHeight), 0, kGrid - 1);
    if (!around.intersects(m_gridRect)) {
        painter->setWorldTransform(world);
        return;
    }
    if ((c1 - c0 + 1) * (r1 - r0 + 1) * 4 > kGrid * kGrid) {
        for (const NodeItem *node : nodes) {
            if (m_scene->isNodeShown(node->index()))
                stamp(node);
        }
    } else {
        m_inside.clear();
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c)
                m_inside.append(m_nodeCells[std::size_t(r * kGrid + c)]);
        }
        std::sort(m_inside.begin(), m_inside.end());
        for (const int index : std::as_const(m_inside))
            stamp(nodes[index]);
    }
    painter->setWorldTransform(world);
}

void EdgeLayer::paintDetail(QPainter *painter, const QRectF &clip, double lod, const QList<int> &indexes)
{
    const auto &edges = m_scene->edgeItems();
    const bool arrows = lod >= kEdgeDetailLod;
    for (const int index : indexes) {
        const EdgeItem *edge = edges[index];
        // Stroking (and dashing) a line thousands of pixels long costs its
        // whole length even where it is off screen: draw only the exposed part.
        QLineF visible = edge->line();
        if (!clipLine(&visible, clip))
            continue;
        painter->setPen(edge->pen());
        painter->drawLine(visible);
        if (!arrows)
            continue;
        if (!edge->arrow().isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(edge->arrowBrush());
            painter->drawConvexPolygon(edge->arrow());
        }
        if (edge->isNegative()) {
            painter->setPen(edge->crossPen());
            painter->drawLines(edge->cross().data(), 2);
        }
    }
}

void EdgeLayer::paintOnScreen(QPainter *painter, const QRectF &clip, double lod, QWidget *widget, const QRectF &around,
                              int detailLimit)
{
    // Which edges get every detail depends on the scale alone, never on where
    // the view is: a pan scrolls the pixels already drawn and paints only the
    // new strip, which must match them. An edge no longer on screen than the
    // viewport's diagonal (so every edge between two nodes in view) is drawn
    // whole; a longer one only as a stub at each end, fading out: its far
    // end is off screen anyway, and thousands of lines hundreds of pixels
    // long crossing the view cost most of a frame and read as a mesh.
    const double diagonal = std::hypot(widget->width(), widget->height());
    // Zoomed out, edges that long are between nodes a few pixels wide: the
    // limit shrinks with the scale so that a frame stays a few hundred
    // thousand pixels of lines.
    const double longest = diagonal * std::min(1.0, lod) / std::max(lod, 1e-9);
    const double stub = kStubPixels / std::max(lod, 1e-9);
    const auto &edges = m_scene->edgeItems();
    m_inside.clear();
    m_passing.clear();
    for (const int index : std::as_const(m_exposed)) {
        const EdgeItem *edge = edges[index];
        const QPointF d = edge->sourceNode()->pos() - edge->targetNode()->pos();
        (d.x() * d.x() + d.y() * d.y() <= longest * longest ? m_inside : m_passing).append(index);
    }
    m_lastExposed = int(m_inside.size() + m_passing.size());
    // Of the edges drawn whole, those between nodes in view (what a user
    // looks at) get every detail; the others only cross it, thin and
    // batched, dashes kept.
    m_crossing.clear();
    qsizetype kept = 0;
    for (const int index : std::as_const(m_inside)) {
        const EdgeItem *edge = edges[index];
        if (around.contains(edge->sourceNode()->pos()) && around.contains(edge->targetNode()->pos()))
            m_inside[kept++] = index;
        else
            m_crossing.append(index);
    }
    m_inside.resize(kept);
    m_lastBatched = m_inside.size() > detailLimit;
    m_lastStubs = int(m_passing.size());
    m_lastDetail = m_lastBatched ? 0 : int(m_inside.size());
    if (m_lastBatched)
        m_crossing.append(m_inside);
    paintBatched(painter, clip, m_crossing, true);
    if (!m_lastBatched)
        paintDetail(painter, clip, lod, m_inside);
    paintStubs(painter, clip, lod, stub, m_passing);
}

void EdgeLayer::paintStubs(QPainter *painter, const QRectF &clip, double lod, double length,
                           const QList<int> &indexes)
{
    for (auto &lines : m_stubs)
        lines.clear();
    m_arrows.clear();
    const auto &edges = m_scene->edgeItems();
    const bool arrows = lod >= kEdgeDetailLod;
    // Only stubs whose node is near the exposed rect can reach it.
    const QRectF reach = clip.adjusted(-length, -length, length, length);
    for (const int index : indexes) {
        const EdgeItem *edge = edges[index];
        const QLineF line = edge->line();
        const double full = line.length();
        if (full < 1e-6)
            continue;
        const QPointF unit = (line.p2() - line.p1()) / full;
        const std::size_t type = static_cast<std::size_t>(edge->relationType())
                                 + (edge->pen().style() != Qt::SolidLine ? kStubTypes : 0);
        const auto addStub = [&](QPointF from, QPointF direction) {
            if (!reach.contains(from))
                return;
            const QPointF mid = from + direction * (length * 0.6);
            QLineF near(from, mid);
            if (clipLine(&near, clip))
                m_stubs[type].append(near);
            QLineF far(mid, from + direction * length);
            if (clipLine(&far, clip))
                m_stubs[type + 2 * kStubTypes].append(far);
        };
        addStub(line.p1(), unit);
        addStub(line.p2(), -unit);
        if (arrows && !edge->arrow().isEmpty() && clip.contains(line.p2()))
            m_arrows.append(index);
    }
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (std::size_t i = 0; i < m_stubs.size(); ++i) {
        if (m_stubs[i].isEmpty())
            continue;
        painter->setPen(m_stubPens[i]);
        painter->drawLines(m_stubs[i].constData(), int(m_stubs[i].size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    // The arrowhead at the target's end says which way the relation goes.
    painter->setPen(Qt::NoPen);
    for (const int index : std::as_const(m_arrows)) {
        const EdgeItem *edge = edges[index];
        painter->setBrush(edge->arrowBrush());
        painter->drawConvexPolygon(edge->arrow());
    }
}

void EdgeLayer::paintBatched(QPainter *painter, const QRectF &clip, const QList<int> &indexes, bool dashes)
{
    gatherLines(clip, indexes, dashes);
    drawLineSets(painter, m_lines, m_pens);
}

void EdgeLayer::gatherLines(const QRectF &clip, const QList<int> &indexes, bool dashes)
{
    for (auto &lines : m_lines)
        lines.clear(); // keeps capacity: no reallocation once warmed up
    const auto &edges = m_scene->edgeItems();
    constexpr std::size_t kTypes = std::tuple_size_v<decltype(m_pens)> / 2;
    for (const int index : indexes) {
        const EdgeItem *edge = edges[index];
        QLineF line(edge->sourceNode()->pos(), edge->targetNode()->pos());
        if (!clipLine(&line, clip))
            continue;
        const bool dashed = dashes && edge->pen().style() != Qt::SolidLine;
        m_lines[static_cast<std::size_t>(edge->relationType()) + (dashed ? kTypes : 0)].append(line);
    }
}

void EdgeLayer::paintNodes(QPainter *painter)
{
    m_lastNodes = drawNodeSets(painter, m_nodes, m_brushes, m_selected, m_selectedPen);
}

// --- LabelLayer -------------------------------------------------------------

LabelLayer::LabelLayer(GraphScene *scene)
    : m_scene(scene)
    , m_font(NodeItem::labelFont())
    , m_halo(QColor(255, 255, 255, 200))
    , m_textPen(QColor(0x22, 0x22, 0x22))
    , m_lineHeight(QFontMetricsF(m_font).height())
{
    setZValue(4);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // for exposedRect
}

void LabelLayer::setBounds(const QRectF &bounds)
{
    prepareGeometryChange();
    m_bounds = bounds;
}

const QList<int> &LabelLayer::order()
{
    const auto &nodes = m_scene->nodeItems();
    if (m_order.size() != nodes.size()) {
        m_order.resize(nodes.size());
        for (qsizetype i = 0; i < m_order.size(); ++i)
            m_order[i] = int(i);
        // Hubs first: when not every name fits, the best connected ones are
        // the ones worth reading.
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&nodes](int a, int b) { return nodes[a]->radius() > nodes[b]->radius(); });
    }
    return m_order;
}

void LabelLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    m_lastCount = 0;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const double screenHeight = m_lineHeight * lod;
    // On screen, names are drawn at their own size and never overlap, so a
    // small graph keeps every name however far it is zoomed out; a large one
    // drops them when zoomed out, where they would only be clutter.
    const bool few = m_scene->nodeCount() <= kAlwaysNamedNodes;
    if (screenHeight < kLabelMinScreenHeight && !(few && widget))
        return;
    // Between readable and comfortable, only well-connected nodes get a name.
    const double minRadius = screenHeight < 10 && !few ? 16 : 0;
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const QTransform &world = painter->worldTransform();
    if (widget && world.isAffine() && !world.isRotating())
        paintOnScreen(painter, exposed, minRadius, widget);
    else
        paintAll(painter, exposed, minRadius);
}

void LabelLayer::paintAll(QPainter *painter, const QRectF &exposed, double minRadius)
{
    painter->setFont(m_font);
    for (const NodeItem *node : m_scene->nodeItems()) {
        if (!m_scene->isNodeShown(node->index()) || node->radius() < minRadius)
            continue;
        const QSizeF size = node->labelSize();
        const QPointF topLeft = node->pos() + QPointF(-size.width() / 2, node->radius() + 3);
        const QRectF box(topLeft, size);
        if (!exposed.intersects(box))
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_halo);
        painter->drawRoundedRect(box.adjusted(-3, 0, 3, 0), 3, 3);
        painter->setPen(m_textPen);
        painter->drawStaticText(topLeft, node->label());
        ++m_lastCount;
    }
}

void LabelLayer::paintOnScreen(QPainter *painter, const QRectF &exposed, double minRadius, QWidget *widget)
{
    // Text drawn under a scaling transform is laid out again for every new
    // scale, i.e. on every zoom frame; in device pixels each QStaticText keeps
    // its layout and glyphs for good.
    const QTransform world = painter->worldTransform();
    const double scale = world.m11();
    // Names are placed over the whole viewport, whatever part of it is
    // repainted, so that a pan's strip places them as the pixels Qt kept;
    // only those over the repainted region are drawn (a pan frame draws a
    // few, not all of them).
    const QRectF device(widget->rect());
    const QRegion region = repaintRegion(painter, widget);
    constexpr int kCell = 8; // px
    const int columns = int(std::ceil(device.width() / kCell)) + 1;
    const int rows = int(std::ceil(device.height() / kCell)) + 1;
    m_occupied.fill(0, qsizetype(columns) * rows);
    m_halos.clear();
    m_textPositions.clear();
    m_texts.clear();
    const auto &nodes = m_scene->nodeItems();
    const auto place = [&](const NodeItem *node) {
        if (!m_scene->isNodeShown(node->index()) || node->radius() < minRadius)
            return;
        const QSizeF size = node->labelSize();
        const QPointF centre = world.map(node->pos());
        const double gap = node->radius() * scale;
        // Under the node first; where a bigger node's name already sits there,
        // above it, then beside it, so close neighbours all keep their names.
        const std::array<QPointF, 4> candidates{
            QPointF(centre.x() - size.width() / 2, centre.y() + gap + 2),
            QPointF(centre.x() - size.width() / 2, centre.y() - gap - 2 - size.height()),
            QPointF(centre.x() + gap + 6, centre.y() - size.height() / 2),
            QPointF(centre.x() - gap - 6 - size.width(), centre.y() - size.height() / 2)};
        for (const QPointF &candidate : candidates) {
            const QPointF topLeft(std::round(candidate.x()), std::round(candidate.y()));
            const QRectF halo = QRectF(topLeft, size).adjusted(-3, 0, 3, 0);
            if (!device.intersects(halo))
                continue;
            const int c0 = std::max(0, int((halo.left() - device.left()) / kCell));
            const int c1 = std::min(columns - 1, int((halo.right() - device.left()) / kCell));
            const int r0 = std::max(0, int((halo.top() - device.top()) / kCell));
            const int r1 = std::min(rows - 1, int((halo.bottom() - device.top()) / kCell));
            bool free = true;
            for (int r = r0; r <= r1 && free; ++r) {
                for (int c = c0; c <= c1 && free; ++c)
                    free = !m_occupied[qsizetype(r) * columns + c];
            }
            if (!free)
                continue; // would overlap a bigger node's name
            for (int r = r0; r <= r1; ++r)
                std::fill_n(m_occupied.begin() + qsizetype(r) * columns + c0, c1 - c0 + 1, quint8(1));
            m_halos.append(halo);
            m_textPositions.append(topLeft);
            m_texts.append(&node->label());
            return;
        }
    };
    // The selected nodes' names come first, whatever their size.
    const auto selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item))
            place(node);
    }
    for (const int index : order()) {
        if (m_texts.size() >= kMaxLabels)
            break;
        if (!nodes[index]->isSelected())
            place(nodes[index]);
    }
    m_lastCount = int(m_texts.size());
    if (m_texts.isEmpty())
        return;
    const QRect exposedDevice = world.mapRect(exposed).toAlignedRect();
    m_drawn.clear();
    for (qsizetype i = 0; i < m_texts.size(); ++i) {
        const QRect halo = m_halos[i].toAlignedRect();
        if (halo.intersects(exposedDevice) && (region.isEmpty() || region.intersects(halo)))
            m_drawn.append(int(i));
    }
    painter->setWorldTransform(QTransform());
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_halo);
    for (const int i : std::as_const(m_drawn))
        painter->drawRect(m_halos[i]);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    painter->setFont(m_font);
    painter->setPen(m_textPen);
    for (const int i : std::as_const(m_drawn))
        painter->drawStaticText(m_textPositions[i], *m_texts[i]);
    painter->setWorldTransform(world);
}

// --- GraphLegend ------------------------------------------------------------

QString GraphLegend::entityTypeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("liaison::GraphView", "Person");
    case EntityType::Company:
        return QCoreApplication::translate("liaison::GraphView", "Company");
    case EntityType::Product:
        return QCoreApplication::translate("liaison::GraphView", "Product");
    case EntityType::Organization:
        return QCoreApplication::translate("liaison::GraphView", "Organization");
    }
    return {};
}

QString GraphLegend::relationTypeLabel(RelationType type)
{
    switch (type) {
    case RelationType::Acquired:
        return QCoreApplication::translate("liaison::GraphView", "acquired");
    case RelationType::InvestedIn:
        return QCoreApplication::translate("liaison::GraphView", "invested in");
    case RelationType::Raised:
        return QCoreApplication::translate("liaison::GraphView", "raised");
    case RelationType::Hired:
        return QCoreApplication::translate("liaison::GraphView", "hired");
    case RelationType::Founded:
        return QCoreApplication::translate("liaison::GraphView", "founded");
    case RelationType::Leads:
        return QCoreApplication::translate("liaison::GraphView", "leads");
    case RelationType::WorkedAt:
        return QCoreApplication::translate("liaison::GraphView", "worked at");
    case RelationType::CompetesWith:
        return QCoreApplication::translate("liaison::GraphView", "competes with");
    case RelationType::PartnersWith:
        return QCoreApplication::translate("liaison::GraphView", "partners with");
    case RelationType::Owns:
        return QCoreApplication::translate("liaison::GraphView", "owns");
    case RelationType::Uses:
        return QCoreApplication::translate("liaison::GraphView", "uses");
    }
    return {};
}

QString GraphLegend::statusLabel(Status status)
{
    switch (status) {
    case Status::Rumoured:
        return QCoreApplication::translate("liaison::GraphView", "rumoured");
    case Status::Talks:
        return QCoreApplication::translate("liaison::GraphView", "in talks");
    case Status::Expected:
        return QCoreApplication::translate("liaison::GraphView", "expected");
    case Status::Announced:
        return QCoreApplication::translate("liaison::GraphView", "announced");
    case Status::Completed:
        return QCoreApplication::translate("liaison::GraphView", "completed");
    case Status::Failed:
        return QCoreApplication::translate("liaison::GraphView", "failed");
    case Status::Denied:
        return QCoreApplication::translate("liaison::GraphView", "denied");
    }
    return {};
}

namespace {

constexpr double kLegendRow = 18;
constexpr double kLegendPad = 8;

QFont legendFont()
{
    QFont font;
    font.setPointSizeF(8.5);
    return font;
}

} // namespace

QSizeF GraphLegend::size(quint32 relationTypes)
{
    int rows = 4 + 3 + 2; // entity types, line styles, two headings
    const QFontMetricsF metrics(legendFont());
    double textWidth = std::max(metrics.horizontalAdvance(QCoreApplication::translate("liaison::GraphView", "talks, rumoured, expected")),
                                metrics.horizontalAdvance(QCoreApplication::translate("liaison::GraphView", "completed, announced")));
    for (RelationType type : allRelationTypes()) {
        if (relationTypes & GraphFilter::relationTypeBit(type)) {
            ++rows;
            textWidth = std::max(textWidth, metrics.horizontalAdvance(relationTypeLabel(type)));
        }
    }
    for (EntityType type : allEntityTypes())
        textWidth = std::max(textWidth, metrics.horizontalAdvance(entityTypeLabel(type)));
    return {std::ceil(textWidth) + 30 + 2 * kLegendPad + 4, rows * kLegendRow + 2 * kLegendPad + 3};
}

void GraphLegend::paint(QPainter *painter, const QPointF &topLeft, quint32 relationTypes)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QSizeF box = size(relationTypes);
    painter->setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(QRectF(topLeft, box), 6, 6);
    const QFont font = legendFont();
    QFont bold = font;
    bold.setBold(true);
    const QColor ink(0x22, 0x22, 0x22);
    double y = topLeft.y() + kLegendPad;
    const double x = topLeft.x() + kLegendPad;
    const double textX = x + 30;
    const auto text = [&](const QString &s, const QFont &f) {
        painter->setFont(f);
        painter->setPen(ink);
        painter->drawText(QRectF(textX, y, box.width() - (textX - topLeft.x()), kLegendRow),
                          Qt::AlignVCenter | Qt::AlignLeft, s);
    };
    const auto heading = [&](const QString &s) {
        painter->setFont(bold);
        painter->setPen(ink);
        painter->drawText(QRectF(x, y, box.width() - kLegendPad, kLegendRow), Qt::AlignVCenter | Qt::AlignLeft, s);
        y += kLegendRow;
    };

    heading(QCoreApplication::translate("liaison::GraphView", "Entities"));
    for (EntityType type : allEntityTypes()) {
        const QColor color = GraphStyle::entityColor(type);
        painter->setPen(QPen(color.darker(150), 1));
        painter->setBrush(color);
        painter->drawPath(NodeItem::shapeFor(type, 5.5).translated(x + 12, y + kLegendRow / 2));
        text(entityTypeLabel(type), font);
        y += kLegendRow;
    }
    y += 3;
    heading(QCoreApplication::translate("liaison::GraphView", "Relations"));
    const auto sample = [&](const QPen &pen, bool arrow, bool cross) {
        const double my = y + kLegendRow / 2;
        painter->setPen(pen);
        painter->drawLine(QPointF(x, my), QPointF(x + 20, my));
        if (arrow) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(pen.color());
            painter->drawPolygon(QPolygonF({QPointF(x + 24, my), QPointF(x + 17, my - 4), QPointF(x + 17, my + 4)}));
        }
        if (cross) {
            painter->setPen(QPen(pen.color(), 1.5));
            painter->drawLine(QPointF(x + 8, my - 4), QPointF(x + 16, my + 4));
            painter->drawLine(QPointF(x + 8, my + 4), QPointF(x + 16, my - 4));
        }
    };
    for (RelationType type : allRelationTypes()) {
        if (!(relationTypes & GraphFilter::relationTypeBit(type)))
            continue;
        sample(QPen(GraphStyle::relationColor(type), 2.5), !isSymmetric(type), false);
        text(relationTypeLabel(type), font);
        y += kLegendRow;
    }
    const QColor grey(0x60, 0x60, 0x60);
    sample(QPen(grey, 1.6), true, false);
    text(QCoreApplication::translate("liaison::GraphView", "completed, announced"), font);
    y += kLegendRow;
    sample(QPen(grey, 1.6, Qt::DashLine), true, false);
    text(QCoreApplication::translate("liaison::GraphView", "talks, rumoured, expected"), font);
    y += kLegendRow;
    sample(QPen(grey, 1.6), true, true);
    text(QCoreApplication::translate("liaison::GraphView", "failed, denied"), font);
    painter->restore();
}

} // namespace liaison
