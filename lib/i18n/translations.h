#pragma once

#include <QLocale>
#include <QString>

namespace liaison {

// Loads Qt's own and Liaison's translators for a language ("fr", "en"; empty
// follows the system locale), replacing any installed before, so the GUI can
// switch language at run time. Returns the language actually in use.
QString installTranslators(const QString &language = {});

// Languages the interface speaks, as codes.
QStringList availableLanguages();

} // namespace liaison
