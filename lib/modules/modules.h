#pragma once

#include <QFunctionPointer>
#include <QString>

namespace liaison {

// Liaison's run-time modules: shared objects an executable loads when it first
// needs them (liaison-pdf, poppler's PDF reader; liaison-cli-commands, the CLI's
// database and chart commands), so that a run maps only the libraries it uses.
// Dynamic linking of everything a full build links cost every short run more
// than extracting an article.
//
// A module is looked for in $LIAISON_MODULE_DIR when set, next to the
// executable (the build tree), then in the installed module directory relative
// to it (../lib/liaison). Returns the function, or null with the reason in
// *error. Thread-safe; a module once loaded stays loaded.
QFunctionPointer resolveModuleFunction(const QString &module, const char *symbol, QString *error);

} // namespace liaison
