#pragma once

#include "model/vocabulary.h"

#include <QMap>

namespace liaison {

class Database;

// What a database holds, counted for `liaison-cli stats` and the status bar.
struct DatabaseStats {
    int articles = 0;
    int entities = 0;
    int relations = 0;
    int claims = 0;
    QMap<EntityType, int> entitiesByType;     // every type, zero included
    QMap<RelationType, int> relationsByType;  // every type, zero included
    QMap<ReviewState, int> claimsByReview;    // every state, zero included

    static DatabaseStats collect(Database &db);
    // Only the four totals (the maps stay empty): an import's summary. The
    // breakdowns read every row of three tables, 4% of an import's writer.
    static DatabaseStats totals(Database &db);
};

} // namespace liaison
