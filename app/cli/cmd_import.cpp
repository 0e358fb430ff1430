#include "commands.h"

#include <QTextStream>

namespace liaison::cli {

int runImport(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "liaison-cli import: not implemented yet\n";
    return Failure;
}

} // namespace liaison::cli
