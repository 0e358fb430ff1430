#pragma once

#include <QString>

namespace liaison {

// The user's preferences as stored in QSettings, in one place so the dialog
// that edits them and the code that obeys them agree on keys and defaults.
namespace preferences {

// "en", "fr", or empty to follow the system locale. Read once at start-up
// (installTranslators), so a change shows after a restart.
QString language();
void setLanguage(const QString &code);
// The setting the running interface was started with (main records it), so
// the dialog can tell whether a restart is needed; language() until recorded.
QString appliedLanguage();
void setAppliedLanguage(const QString &code);

// Files larger than this are refused by imports from the window.
inline constexpr int defaultMaxImportMegabytes = 50;
int maxImportMegabytes();
void setMaxImportMegabytes(int megabytes);
qint64 maxImportBytes();

// The database opened when none is named and the last one used is gone.
// Empty in the settings means Database::defaultPath().
QString defaultDatabasePath();
QString storedDefaultDatabasePath();
void setDefaultDatabasePath(const QString &path);

} // namespace preferences
} // namespace liaison
