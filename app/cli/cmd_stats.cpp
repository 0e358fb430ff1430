#include "commands.h"

#include <QTextStream>

namespace liaison::cli {

int runStats(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "liaison-cli stats: not implemented yet\n";
    return Failure;
}

} // namespace liaison::cli
