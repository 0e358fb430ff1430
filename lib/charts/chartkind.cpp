#include "chartkind.h"

#include <QCoreApplication>

namespace liaison {

namespace {

struct KindInfo {
    ChartKind kind;
    const char *id;
};

constexpr KindInfo kKinds[] = {
    {ChartKind::RelationsByType, "relations-by-type"},
    {ChartKind::DealsOverTime, "deals-over-time"},
    {ChartKind::MostConnected, "most-connected"},
    {ChartKind::MoneyByQuarter, "money-by-quarter"},
    {ChartKind::TalentFlow, "talent-flow"},
};

} // namespace

QList<ChartKind> allChartKinds()
{
    QList<ChartKind> kinds;
    for (const KindInfo &info : kKinds)
        kinds << info.kind;
    return kinds;
}

QString chartKindId(ChartKind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QLatin1StringView(info.id);
    }
    return QString();
}

std::optional<ChartKind> chartKindFromId(QStringView id)
{
    for (const KindInfo &info : kKinds) {
        if (id.compare(QLatin1StringView(info.id), Qt::CaseInsensitive) == 0)
            return info.kind;
    }
    return std::nullopt;
}

QString chartKindTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::RelationsByType:
        return QCoreApplication::translate("liaison::Charts", "Relations by type");
    case ChartKind::DealsOverTime:
        return QCoreApplication::translate("liaison::Charts", "Deals over time");
    case ChartKind::MostConnected:
        return QCoreApplication::translate("liaison::Charts", "Most connected companies");
    case ChartKind::MoneyByQuarter:
        return QCoreApplication::translate("liaison::Charts", "Money moved by quarter");
    case ChartKind::TalentFlow:
        return QCoreApplication::translate("liaison::Charts", "Talent flow");
    }
    return QString();
}

QString chartKindDescription(ChartKind kind)
{
    switch (kind) {
    case ChartKind::RelationsByType:
        return QCoreApplication::translate("liaison::Charts", "How many relations of each type the database holds.");
    case ChartKind::DealsOverTime:
        return QCoreApplication::translate(
            "liaison::Charts", "Acquisitions, investments, funding rounds and hires per month, stacked by type.");
    case ChartKind::MostConnected:
        return QCoreApplication::translate("liaison::Charts",
                                           "The companies with the most relations to other entities.");
    case ChartKind::MoneyByQuarter:
        return QCoreApplication::translate(
            "liaison::Charts", "Amounts of acquisitions, investments and funding rounds per quarter, one series "
                               "per currency (never summed across currencies).");
    case ChartKind::TalentFlow:
        return QCoreApplication::translate("liaison::Charts",
                                           "People moving between companies: who left where for where, from "
                                           "hiring and past-employment claims.");
    }
    return QString();
}

} // namespace liaison
