#pragma once

#include <QList>
#include <QStringList>

namespace liaison {

class SqlDialect;

// One numbered step of the schema; applied in one transaction with the new
// version number, so a database is always at exactly one version.
struct Migration {
    int version = 0;
    QStringList statements;
};

// Every migration in order, written for the given dialect. Append, never edit:
// a released migration is history that existing databases went through.
QList<Migration> schemaMigrations(const SqlDialect &dialect);

} // namespace liaison
