#include "chartdata.h"

#include "graph/graphdata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace liaison {

namespace {

// lupdate files Charts::tr() strings under the context the runtime looks up.
struct Charts {
    Q_DECLARE_TR_FUNCTIONS(liaison::Charts)
};

// One relation as the charts see it: its own attributes plus the date it is
// placed at (its own, else its claims', else its articles').
struct ChartRelation {
    qint64 id = 0;
    RelationType type = RelationType::Acquired;
    qint64 sourceId = 0;
    std::optional<qint64> targetId;
    Status status = Status::Completed;
    std::optional<double> amount;
    QString currency;
    QString date; // effective ISO date, possibly imprecise or empty
};

struct ChartEntity {
    EntityType type = EntityType::Company;
    QString name;
};

// Everything the charts need, read in two queries; the charts themselves are
// computed in C++ so each kind stays a few readable lines.
struct ChartSource {
    QHash<qint64, ChartEntity> entities;
    QList<ChartRelation> relations;
};

ChartSource readSource(Database &db)
{
    ChartSource source;
    QSqlQuery entities = db.prepare(QStringLiteral("SELECT id, type, name FROM entities"));
    if (db.exec(entities)) {
        while (entities.next()) {
            ChartEntity e;
            e.type = entityTypeFromString(entities.value(1).toString()).value_or(EntityType::Company);
            e.name = entities.value(2).toString();
            source.entities.insert(entities.value(0).toLongLong(), e);
        }
    }
    // A relation whose every claim the user rejected is not shown anywhere.
    QSqlQuery relations = db.prepare(QStringLiteral(
        "SELECT r.id, r.type, r.source_id, r.target_id, r.status, r.amount, r.currency, r.date, "
        "(SELECT MIN(c.date) FROM claims c WHERE c.relation_id = r.id AND c.review <> 'rejected' "
        " AND c.date IS NOT NULL AND c.date <> ''), "
        "(SELECT MIN(a.published) FROM claims c JOIN articles a ON a.id = c.article_id "
        " WHERE c.relation_id = r.id AND c.review <> 'rejected' AND a.published IS NOT NULL AND a.published <> ''), "
        "(SELECT COUNT(*) FROM claims c WHERE c.relation_id = r.id), "
        "(SELECT COUNT(*) FROM claims c WHERE c.relation_id = r.id AND c.review <> 'rejected') "
        "FROM relations r ORDER BY r.id"));
    if (!db.exec(relations))
        return source;
    while (relations.next()) {
        const int claims = relations.value(10).toInt();
        const int kept = relations.value(11).toInt();
        if (claims > 0 && kept == 0)
            continue;
        const std::optional<RelationType> type = relationTypeFromString(relations.value(1).toString());
        if (!type)
            continue;
        ChartRelation r;
        r.id = relations.value(0).toLongLong();
        r.type = *type;
        r.sourceId = relations.value(2).toLongLong();
        if (!relations.value(3).isNull())
            r.targetId = relations.value(3).toLongLong();
        r.status = statusFromString(relations.value(4).toString()).value_or(Status::Completed);
        if (!relations.value(5).isNull())
            r.amount = relations.value(5).toDouble();
        r.currency = relations.value(6).toString().trimmed().toUpper();
        for (int column : {7, 8, 9}) {
            const QString date = relations.value(column).toString().trimmed();
            if (dateInterval(date).first.isValid()) {
                r.date = date;
                break;
            }
        }
        source.relations << r;
    }
    return source;
}

// Type and status always; the date range only when one is set, and then an
// undated relation cannot be placed in it and passes only if keepUndated. An imprecise date
// passes when the interval it covers overlaps the range.
bool accepts(const ChartFilter &filter, const ChartRelation &r)
{
    if (!filter.acceptsType(r.type) || !filter.acceptsStatus(r.status))
        return false;
    if (filter.from.isNull() && filter.to.isNull())
        return true;
    const auto [first, last] = dateInterval(r.date);
    if (!first.isValid())
        return filter.keepUndated;
    if (filter.from.isValid() && last < filter.from)
        return false;
    if (filter.to.isValid() && first > filter.to)
        return false;
    return true;
}

// The first day of the month the date falls in, or null when it is not
// precise to the month.
QDate monthOf(const QString &iso)
{
    if (iso.size() < 7)
        return {};
    return dateInterval(iso.left(7)).first;
}

QString monthLabel(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

QString quarterLabel(int year, int quarter)
{
    return Charts::tr("Q%1 %2").arg(quarter).arg(year);
}

// The four kinds of deal the timeline and the money chart count.
constexpr RelationType kDealTypes[] = {RelationType::Acquired, RelationType::InvestedIn, RelationType::Raised,
                                       RelationType::Hired};
constexpr RelationType kMoneyTypes[] = {RelationType::Acquired, RelationType::InvestedIn, RelationType::Raised};

void appendIds(QList<qint64> *ids, const ChartRelation &r)
{
    if (!ids->contains(r.sourceId))
        ids->append(r.sourceId);
    if (r.targetId && !ids->contains(*r.targetId))
        ids->append(*r.targetId);
}

ChartData relationsByType(const ChartSource &source, const ChartFilter &filter)
{
    ChartData data;
    data.xLabel = Charts::tr("Relation type");
    data.yLabel = Charts::tr("Relations");
    std::map<RelationType, ChartBar> bars;
    for (const ChartRelation &r : source.relations) {
        if (!accepts(filter, r))
            continue;
        ChartBar &bar = bars[r.type];
        bar.value += 1;
        appendIds(&bar.entityIds, r);
    }
    // Largest first; equal counts in the vocabulary's order.
    for (auto &[type, bar] : bars) {
        bar.category = chartRelationTypeLabel(type);
        data.bars << bar;
    }
    std::stable_sort(data.bars.begin(), data.bars.end(),
                     [](const ChartBar &a, const ChartBar &b) { return a.value > b.value; });
    for (const ChartBar &bar : std::as_const(data.bars))
        data.categories << bar.category;
    return data;
}

ChartData dealsOverTime(const ChartSource &source, const ChartFilter &filter)
{
    ChartData data;
    data.xLabel = Charts::tr("Month");
    data.yLabel = Charts::tr("Deals");
    std::map<std::pair<QDate, RelationType>, ChartBar> bars;
    std::set<RelationType> types;
    QDate first, last;
    int unplaced = 0;
    for (const ChartRelation &r : source.relations) {
        if (std::find(std::begin(kDealTypes), std::end(kDealTypes), r.type) == std::end(kDealTypes)
            || !accepts(filter, r))
            continue;
        const QDate month = monthOf(r.date);
        if (!month.isValid()) {
            ++unplaced;
            continue;
        }
        ChartBar &bar = bars[{month, r.type}];
        bar.value += 1;
        appendIds(&bar.entityIds, r);
        types.insert(r.type);
        if (!first.isValid() || month < first)
            first = month;
        if (!last.isValid() || month > last)
            last = month;
    }
    // Every month between the first and the last, so gaps show as gaps.
    for (QDate month = first; month.isValid() && month <= last; month = month.addMonths(1))
        data.categories << monthLabel(month);
    for (RelationType type : kDealTypes) {
        if (types.count(type))
            data.series << chartRelationTypeLabel(type);
    }
    for (auto &[key, bar] : bars) {
        bar.category = monthLabel(key.first);
        bar.series = chartRelationTypeLabel(key.second);
        data.bars << bar;
    }
    if (unplaced > 0)
        data.note = Charts::tr("%n deal(s) without a date precise to the month are not shown.", nullptr, unplaced);
    return data;
}

ChartData mostConnected(const ChartSource &source, const ChartFilter &filter)
{
    ChartData data;
    data.xLabel = Charts::tr("Company");
    data.yLabel = Charts::tr("Relations");
    // Per company: relations with another entity, by type.
    QHash<qint64, std::map<RelationType, int>> byType;
    QHash<qint64, int> totals;
    std::set<RelationType> types;
    for (const ChartRelation &r : source.relations) {
        if (!r.targetId || *r.targetId == r.sourceId || !accepts(filter, r))
            continue;
        for (qint64 id : {r.sourceId, *r.targetId}) {
            const auto entity = source.entities.constFind(id);
            if (entity == source.entities.constEnd() || entity->type != EntityType::Company)
                continue;
            ++byType[id][r.type];
            ++totals[id];
            types.insert(r.type);
        }
    }
    QList<qint64> companies = totals.keys();
    std::sort(companies.begin(), companies.end(), [&](qint64 a, qint64 b) {
        if (totals.value(a) != totals.value(b))
            return totals.value(a) > totals.value(b);
        const int byName = QString::localeAwareCompare(source.entities.value(a).name, source.entities.value(b).name);
        return byName != 0 ? byName < 0 : a < b;
    });
    if (filter.topN > 0 && companies.size() > filter.topN)
        companies.resize(filter.topN);

    // Names can repeat across entities; categories must not.
    QHash<QString, int> seen;
    for (qint64 id : companies) {
        QString name = source.entities.value(id).name;
        if (const int n = seen[name]++; n > 0)
            name += QStringLiteral(" (%1)").arg(n + 1);
        data.categories << name;
        for (const auto &[type, count] : byType.value(id))
            data.bars << ChartBar{name, chartRelationTypeLabel(type), double(count), {id}};
    }
    for (RelationType type : allRelationTypes()) {
        if (types.count(type))
            data.series << chartRelationTypeLabel(type);
    }
    if (totals.size() > companies.size())
        data.note = Charts::tr("The %n most connected companies of %1.", nullptr, int(companies.size())).arg(totals.size());
    return data;
}

ChartData moneyByQuarter(const ChartSource &source, const ChartFilter &filter)
{
    ChartData data;
    data.xLabel = Charts::tr("Quarter");
    data.yLabel = Charts::tr("Amount (millions, per currency)");
    std::map<std::pair<int, int>, std::map<QString, ChartBar>> byQuarter; // (year, quarter) -> currency
    std::set<QString> currencies;
    int unplaced = 0;
    for (const ChartRelation &r : source.relations) {
        if (std::find(std::begin(kMoneyTypes), std::end(kMoneyTypes), r.type) == std::end(kMoneyTypes)
            || !r.amount || !accepts(filter, r))
            continue;
        const QDate month = monthOf(r.date);
        if (!month.isValid()) {
            ++unplaced;
            continue;
        }
        const QString currency = r.currency.isEmpty() ? Charts::tr("unknown currency") : r.currency;
        ChartBar &bar = byQuarter[{month.year(), (month.month() - 1) / 3 + 1}][currency];
        bar.value += *r.amount / 1e6;
        appendIds(&bar.entityIds, r);
        currencies.insert(currency);
    }
    if (!byQuarter.empty()) {
        // Every quarter between the first and the last.
        auto [year, quarter] = byQuarter.begin()->first;
        const auto end = byQuarter.rbegin()->first;
        while (std::pair(year, quarter) <= end) {
            const QString label = quarterLabel(year, quarter);
            data.categories << label;
            const auto it = byQuarter.find({year, quarter});
            if (it != byQuarter.end()) {
                for (auto &[currency, bar] : it->second) {
                    bar.category = label;
                    bar.series = currency;
                    data.bars << bar;
                }
            }
            if (++quarter > 4) {
                quarter = 1;
                ++year;
            }
        }
    }
    for (const QString &currency : currencies)
        data.series << currency;
    data.note = Charts::tr("One series per currency: amounts in different currencies are never added together.");
    if (unplaced > 0)
        data.note += u' '
            + Charts::tr("%n amount(s) without a date precise to the month are not shown.", nullptr, unplaced);
    return data;
}

ChartData talentFlow(const ChartSource &source, const ChartFilter &filter)
{
    ChartData data;
    data.xLabel = Charts::tr("From → to");
    data.yLabel = Charts::tr("People");
    // Where each person worked before, and who hired them.
    QHash<qint64, QList<qint64>> formerEmployers; // person -> companies
    QList<const ChartRelation *> hires;
    for (const ChartRelation &r : source.relations) {
        if (!r.targetId || !filter.acceptsType(r.type) || !filter.acceptsStatus(r.status))
            continue;
        if (r.type == RelationType::WorkedAt)
            formerEmployers[r.sourceId] << *r.targetId; // person worked_at company
        else if (r.type == RelationType::Hired && accepts(filter, r))
            hires << &r; // company hired person
    }
    struct Flow {
        qint64 from = 0;
        qint64 to = 0;
        QList<qint64> people;
    };
    std::map<std::pair<qint64, qint64>, Flow> flows;
    int unknownOrigin = 0;
    for (const ChartRelation *hire : std::as_const(hires)) {
        const qint64 person = *hire->targetId;
        bool placed = false;
        for (qint64 from : formerEmployers.value(person)) {
            if (from == hire->sourceId)
                continue;
            Flow &flow = flows[{from, hire->sourceId}];
            flow.from = from;
            flow.to = hire->sourceId;
            if (!flow.people.contains(person))
                flow.people << person;
            placed = true;
        }
        if (!placed)
            ++unknownOrigin;
    }
    QList<Flow> sorted;
    for (const auto &[key, flow] : flows)
        sorted << flow;
    const auto label = [&](const Flow &f) {
        return Charts::tr("%1 → %2").arg(source.entities.value(f.from).name, source.entities.value(f.to).name);
    };
    std::sort(sorted.begin(), sorted.end(), [&](const Flow &a, const Flow &b) {
        if (a.people.size() != b.people.size())
            return a.people.size() > b.people.size();
        return QString::localeAwareCompare(label(a), label(b)) < 0;
    });
    const qsizetype total = sorted.size();
    if (filter.topN > 0 && sorted.size() > filter.topN)
        sorted.resize(filter.topN);
    QHash<QString, int> seen;
    for (const Flow &flow : std::as_const(sorted)) {
        QString name = label(flow);
        if (const int n = seen[name]++; n > 0)
            name += QStringLiteral(" (%1)").arg(n + 1);
        data.categories << name;
        QList<qint64> ids = flow.people;
        ids << flow.from << flow.to;
        data.bars << ChartBar{name, QString(), double(flow.people.size()), ids};
    }
    QStringList notes;
    if (total > sorted.size())
        notes << Charts::tr("The %n largest moves of %1.", nullptr, int(sorted.size())).arg(total);
    if (unknownOrigin > 0)
        notes << Charts::tr("%n hire(s) with no known previous employer are not shown.", nullptr, unknownOrigin);
    data.note = notes.join(u' ');
    return data;
}

} // namespace

QString chartRelationTypeLabel(RelationType type)
{
    switch (type) {
    case RelationType::Acquired:
        return Charts::tr("Acquisitions");
    case RelationType::InvestedIn:
        return Charts::tr("Investments");
    case RelationType::Raised:
        return Charts::tr("Funding rounds");
    case RelationType::Hired:
        return Charts::tr("Hires");
    case RelationType::Founded:
        return Charts::tr("Foundings");
    case RelationType::Leads:
        return Charts::tr("Leadership");
    case RelationType::WorkedAt:
        return Charts::tr("Past employment");
    case RelationType::CompetesWith:
        return Charts::tr("Competition");
    case RelationType::PartnersWith:
        return Charts::tr("Partnerships");
    case RelationType::Owns:
        return Charts::tr("Ownership");
    case RelationType::Uses:
        return Charts::tr("Uses");
    }
    return QString();
}

std::optional<RelationType> chartRelationTypeFromLabel(const QString &label)
{
    for (RelationType type : allRelationTypes()) {
        if (chartRelationTypeLabel(type) == label)
            return type;
    }
    return std::nullopt;
}

ChartFilter chartFilterFromGraphFilter(const GraphFilter &filter)
{
    ChartFilter chart;
    if ((filter.relationTypes & GraphFilter::kAll) != GraphFilter::kAll) {
        for (RelationType t : allRelationTypes()) {
            if (filter.relationTypes & GraphFilter::relationTypeBit(t))
                chart.relationTypes.insert(t);
        }
    }
    if ((filter.statuses & GraphFilter::kAll) != GraphFilter::kAll) {
        for (Status s : allStatuses()) {
            if (filter.statuses & GraphFilter::statusBit(s))
                chart.statuses.insert(s);
        }
    }
    chart.from = filter.from;
    chart.to = filter.to;
    chart.keepUndated = filter.keepUndated;
    return chart;
}

const ChartBar *ChartData::bar(const QString &category, const QString &seriesName) const
{
    for (const ChartBar &b : bars) {
        if (b.category == category && b.series == seriesName)
            return &b;
    }
    return nullptr;
}

double ChartData::categoryTotal(const QString &category) const
{
    double total = 0;
    for (const ChartBar &b : bars) {
        if (b.category == category)
            total += b.value;
    }
    return total;
}

double ChartData::maxValue(bool stacked) const
{
    QHash<QString, double> totals;
    double max = 0;
    for (const ChartBar &b : bars) {
        const double v = stacked ? (totals[b.category] += b.value) : b.value;
        max = std::max(max, v);
    }
    return max;
}

bool ChartData::isStacked() const
{
    return kind == ChartKind::DealsOverTime || kind == ChartKind::MostConnected;
}

ChartData loadChartData(Database &db, ChartKind kind, const ChartFilter &filter)
{
    const ChartSource source = readSource(db);
    ChartData data;
    switch (kind) {
    case ChartKind::RelationsByType:
        data = relationsByType(source, filter);
        break;
    case ChartKind::DealsOverTime:
        data = dealsOverTime(source, filter);
        break;
    case ChartKind::MostConnected:
        data = mostConnected(source, filter);
        break;
    case ChartKind::MoneyByQuarter:
        data = moneyByQuarter(source, filter);
        break;
    case ChartKind::TalentFlow:
        data = talentFlow(source, filter);
        break;
    }
    data.kind = kind;
    data.title = chartKindTitle(kind);
    return data;
}

} // namespace liaison
