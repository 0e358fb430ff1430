#include "commands.h"

#include <QTextStream>

namespace liaison::cli {

int runChart(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "liaison-cli chart: not implemented yet\n";
    return Failure;
}

} // namespace liaison::cli
