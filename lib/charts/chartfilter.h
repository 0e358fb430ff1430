#pragma once

#include "model/vocabulary.h"

#include <QDate>
#include <QHashFunctions>
#include <QSet>

namespace liaison {

// Enum keys for QSet (Qt 6.4 has no generic qHash for scoped enums).
inline size_t qHash(RelationType t, size_t seed = 0) noexcept { return ::qHash(static_cast<int>(t), seed); }
inline size_t qHash(Status s, size_t seed = 0) noexcept { return ::qHash(static_cast<int>(s), seed); }

struct GraphFilter;

// What a chart counts. The statuses are the vocabulary's `Status` (the issue's
// "RelationStatus"). Dates apply to the relation's or claim's own date, falling
// back to the article's publication date when it has none.
struct ChartFilter {
    QSet<RelationType> relationTypes; // empty = all
    QSet<Status> statuses;            // empty = all
    QDate from, to;                   // null = open
    int topN = 15;                    // bars kept by the "most connected"/"talent flow" charts
    // Whether a relation with no date at all (nor any article date) passes a
    // date range, as the graph's filter allows. Timelines never show it.
    bool keepUndated = false;

    bool acceptsType(RelationType t) const { return relationTypes.isEmpty() || relationTypes.contains(t); }
    bool acceptsStatus(Status s) const { return statuses.isEmpty() || statuses.contains(s); }
    friend bool operator==(const ChartFilter &, const ChartFilter &) = default;
};

// The chart filter that matches the graph tab's filter (types, statuses, dates),
// so the Charts tab can follow the graph's filters.
ChartFilter chartFilterFromGraphFilter(const GraphFilter &filter);

} // namespace liaison
