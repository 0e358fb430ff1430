#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace liaison::cli {

// Exit codes shared by every subcommand.
enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

// The application's names, version and translators, once the application
// object exists.
void setUpApplication();
// The process arguments as a subcommand takes them: "liaison-cli COMMAND" as
// the program name, then the subcommand's own arguments.
QStringList commandArguments();

// Each subcommand gets its arguments with "liaison-cli" and the subcommand name
// first, as QCommandLineParser expects, and returns the process exit code.
// The parser's help with "liaison-cli COMMAND" as the program name (Qt takes
// it from the process arguments, which name only the binary's path).
QString helpText(const QCommandLineParser &parser, const QStringList &arguments);
// Parses a subcommand's arguments. A usage error prints the reason and the help
// to stderr and gives UsageError; --help prints the help to stdout and gives Ok;
// nothing means carry on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

int runExtract(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runChart(const QStringList &arguments);

} // namespace liaison::cli
