#include "databasegraph.h"

#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/relationstore.h"

namespace liaison {

GraphData graphFromDatabase(Database &db)
{
    GraphBuilder builder;
    const QList<EntitySummary> summaries = EntityStore(db).summaries();
    for (const EntitySummary &s : summaries)
        builder.addEntity(s.entity, s.articleCount);
    builder.addRelations(RelationStore(db).all());
    return builder.build();
}

} // namespace liaison
