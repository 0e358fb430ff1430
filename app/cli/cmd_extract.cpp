#include "commands.h"

#include <QTextStream>

namespace liaison::cli {

int runExtract(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "liaison-cli extract: not implemented yet\n";
    return Failure;
}

} // namespace liaison::cli
