#include "preferences.h"

#include "storage/database.h"

#include <QSettings>

#include <optional>

namespace liaison::preferences {

namespace {

QString languageKey() { return QStringLiteral("ui/language"); }
QString maxImportKey() { return QStringLiteral("import/maxFileSizeMB"); }
QString databaseKey() { return QStringLiteral("database/defaultPath"); }

} // namespace

QString language() { return QSettings().value(languageKey()).toString(); }

void setLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(languageKey());
    else
        QSettings().setValue(languageKey(), code);
}

namespace {
std::optional<QString> &applied()
{
    static std::optional<QString> code;
    return code;
}
} // namespace

QString appliedLanguage() { return applied().value_or(language()); }

void setAppliedLanguage(const QString &code) { applied() = code; }

int maxImportMegabytes()
{
    bool ok = false;
    const int megabytes = QSettings().value(maxImportKey(), defaultMaxImportMegabytes).toInt(&ok);
    return ok && megabytes > 0 ? megabytes : defaultMaxImportMegabytes;
}

void setMaxImportMegabytes(int megabytes) { QSettings().setValue(maxImportKey(), megabytes); }

qint64 maxImportBytes() { return qint64(maxImportMegabytes()) * 1024 * 1024; }

QString storedDefaultDatabasePath() { return QSettings().value(databaseKey()).toString(); }

QString defaultDatabasePath()
{
    const QString stored = storedDefaultDatabasePath();
    return stored.isEmpty() ? Database::defaultPath() : stored;
}

void setDefaultDatabasePath(const QString &path)
{
    if (path.trimmed().isEmpty())
        QSettings().remove(databaseKey());
    else
        QSettings().setValue(databaseKey(), path.trimmed());
}

} // namespace liaison::preferences
