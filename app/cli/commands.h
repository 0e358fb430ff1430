#pragma once

#include <QStringList>

namespace liaison::cli {

// Exit codes shared by every subcommand.
enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

// Each subcommand gets its arguments with "liaison-cli" and the subcommand name
// first, as QCommandLineParser expects, and returns the process exit code.
int runExtract(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runChart(const QStringList &arguments);

} // namespace liaison::cli
