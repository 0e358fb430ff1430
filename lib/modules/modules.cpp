#include "modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace liaison {

namespace {

// Where the running executable lives: /proc/self/exe works before a
// QCoreApplication exists (liaison-cli picks the application class from a
// module) and through symlinks.
QString executableDir()
{
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    const QString target = self.canonicalFilePath();
    if (!target.isEmpty())
        return QFileInfo(target).absolutePath();
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QString();
}

QStringList moduleDirs()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("LIAISON_MODULE_DIR");
    if (!fromEnvironment.isEmpty())
        dirs << fromEnvironment;
    const QString exe = executableDir();
    if (!exe.isEmpty()) {
        dirs << exe;
        dirs << QDir::cleanPath(exe + u'/' + QLatin1StringView(LIAISON_MODULE_RELATIVE_DIR));
    }
    return dirs;
}

} // namespace

QFunctionPointer resolveModuleFunction(const QString &module, const char *symbol, QString *error)
{
    const QString file = module + QStringLiteral(".so");
    const QStringList dirs = moduleDirs();
    for (const QString &dir : dirs) {
        const QString path = dir + u'/' + file;
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        if (!library.load()) {
            if (error)
                *error = library.errorString();
            return nullptr;
        }
        if (QFunctionPointer function = library.resolve(symbol))
            return function;
        if (error)
            *error = library.errorString();
        return nullptr;
    }
    if (error)
        *error = QCoreApplication::translate("liaison::modules", "%1 is in none of %2")
                     .arg(file, dirs.join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace liaison
