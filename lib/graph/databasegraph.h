#pragma once

#include "graphdata.h"

namespace liaison {

class Database;

// The whole graph a database holds: every entity with its article count and
// every relation with a target. Shared by the GUI's graph tab and the CLI's
// export so both see the same nodes and edges.
GraphData graphFromDatabase(Database &db);

} // namespace liaison
