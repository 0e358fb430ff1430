#include "commands.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

namespace liaison::cli {

void setUpApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("liaison"));
    QCoreApplication::setOrganizationName(QStringLiteral("Liaison"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
    liaison::installTranslators();
}

QStringList commandArguments()
{
    // QCommandLineParser sees "liaison-cli COMMAND" as the program name.
    QStringList args = QCoreApplication::arguments();
    args[0] = args.at(0) + u' ' + args.at(1);
    args.removeAt(1);
    return args;
}

QString helpText(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().constFirst();
    const QString command = arguments.isEmpty() ? QString() : arguments.constFirst().section(u' ', -1);
    const qsizetype at = text.indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), QStringLiteral("liaison-cli ") + command);
    return text;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n' << helpText(parser, arguments);
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(parser, arguments);
        return Ok;
    }
    return std::nullopt;
}

} // namespace liaison::cli
