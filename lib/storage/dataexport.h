#pragma once

#include <QByteArray>
#include <QString>

namespace liaison {

class Database;

// Whole-database exports as JSON and CSV (shared by `liaison-cli export` and File > Export Data).
namespace DataExport {

// One object with articles (metadata), entities, relations and claims, indented JSON.
QByteArray exportJson(Database &db);
// One row per entity with its relation and article counts (RFC 4180, CRLF line ends).
QByteArray entitiesCsv(Database &db);
// One row per relation with both endpoints' ids and names (RFC 4180, CRLF line ends).
QByteArray relationsCsv(Database &db);
// Where the entities CSV goes beside the relations CSV: "out.csv" -> "out-entities.csv"; "out" -> "out-entities".
QString entitiesPath(const QString &path);

} // namespace DataExport

} // namespace liaison
