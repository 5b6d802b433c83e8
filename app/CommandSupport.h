#pragma once
// What the project commands share: parsing with --help, opening a project
// with one-line errors, and dispatching `prodrome GROUP SUBCOMMAND ...`.

#include "database/Database.h"

#include <QCommandLineParser>
#include <QStringList>

#include <cstdint>

#include <functional>
#include <optional>
#include <vector>

namespace prodrome::app {

// Parses `args` for the command line `usageName` ("prodrome events add").
// Returns nullopt to go on, or the exit code to return (help printed, or a
// usage error reported as "prodrome <command>: ..."). `positionals` is the
// exact number of positional arguments expected; -1: the caller checks them.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const char* command, const QString& usageName,
                                    const QStringList& args, int positionals);

// Opens an existing project (or creates it when `create`). Reports a refusal
// (missing, not a project, too new, corrupt) in one line and returns nullopt.
std::optional<database::Database> openProjectFile(const char* command, const QString& path, bool create = false);

struct Subcommand {
  const char* name;
  const char* summary;
  std::function<int(const QStringList& args)> run;
};

// `prodrome GROUP SUB ARGS`: runs SUB with ARGS; `GROUP --help` lists the
// subcommands; no or an unknown subcommand is a usage error.
int runSubcommand(const char* group, const char* description, const std::vector<Subcommand>& subcommands,
                  const QStringList& args);

// A positive integer option value, or nullopt after reporting a usage error.
std::optional<qint64> integerOption(const char* command, const QCommandLineParser& parser, const QString& name,
                                    qint64 minimum);
// A comma-separated list of ids ("3,5,8"), each a positive integer (none
// for an empty value), or nullopt after reporting a usage error that names
// the item.
std::optional<std::vector<std::int64_t>> idListOption(const char* command, const QCommandLineParser& parser,
                                                      const QString& name);
std::optional<double> numberOption(const char* command, const QCommandLineParser& parser, const QString& name);

// A clip set or model named by id or by name; throws core::Error when the
// project has none.
std::int64_t resolveClipSet(database::Database& db, const QString& idOrName);
std::int64_t resolveModel(database::Database& db, const QString& idOrName);

}  // namespace prodrome::app
