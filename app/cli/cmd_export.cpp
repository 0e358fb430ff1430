#include "commands.h"

#include <QTextStream>

namespace liaison::cli {

int runExport(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "liaison-cli export: not implemented yet\n";
    return Failure;
}

} // namespace liaison::cli
