#include "app/CommandSupport.h"

#include "app/Command.h"
#include "core/Error.h"
#include "database/ClipSetStore.h"
#include "database/DatabaseError.h"
#include "database/ModelStore.h"
#include "database/Schema.h"

#include <cstdio>

namespace prodrome::app {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const char* command, const QString& usageName,
                                    const QStringList& args, int positionals) {
  parser.addHelpOption();
  if (!parser.parse(QStringList{usageName} + args)) {
    printError(command, parser.errorText());
    return kExitUsage;
  }
  if (parser.isSet("help")) {
    std::fputs(qPrintable(parser.helpText()), stdout);
    return kExitOk;
  }
  if (positionals >= 0 && parser.positionalArguments().size() != positionals) {
    printError(command, QString("expected %1 positional argument(s), got %2 (see %3 --help)")
                            .arg(positionals)
                            .arg(parser.positionalArguments().size())
                            .arg(usageName));
    return kExitUsage;
  }
  return std::nullopt;
}

std::optional<database::Database> openProjectFile(const char* command, const QString& path, bool create) {
  try {
    database::OpenOptions options;
    options.createIfMissing = create;
    return database::openProject(path.toStdString(), options);
  } catch (const std::exception& e) {
    printError(command, QString::fromUtf8(e.what()));
    return std::nullopt;
  }
}

int runSubcommand(const char* group, const char* description, const std::vector<Subcommand>& subcommands,
                  const QStringList& args) {
  const auto usage = [&](FILE* out) {
    std::fprintf(out, "%s\n\nusage: prodrome %s SUBCOMMAND [ARGS]\n\nsubcommands:\n", description, group);
    for (const auto& s : subcommands) std::fprintf(out, "  %-8s %s\n", s.name, s.summary);
    std::fprintf(out, "\n'prodrome %s SUBCOMMAND --help' describes each subcommand's options.\n", group);
  };
  if (args.isEmpty()) {
    printError(group, "missing subcommand (see prodrome " + QString(group) + " --help)");
    return kExitUsage;
  }
  if (args.front() == "--help" || args.front() == "-h" || args.front() == "help") {
    usage(stdout);
    return kExitOk;
  }
  for (const auto& s : subcommands) {
    if (args.front() == s.name) return s.run(args.mid(1));
  }
  printError(group, "unknown subcommand '" + args.front() + "' (see prodrome " + QString(group) + " --help)");
  return kExitUsage;
}

std::optional<qint64> integerOption(const char* command, const QCommandLineParser& parser, const QString& name,
                                    qint64 minimum) {
  bool ok = false;
  const qint64 value = parser.value(name).toLongLong(&ok);
  if (!ok || value < minimum) {
    printError(command,
               QString("--%1 must be an integer >= %2, got '%3'").arg(name).arg(minimum).arg(parser.value(name)));
    return std::nullopt;
  }
  return value;
}

std::optional<std::vector<std::int64_t>> idListOption(const char* command, const QCommandLineParser& parser,
                                                      const QString& name) {
  std::vector<std::int64_t> ids;
  if (parser.value(name).isEmpty()) return ids;
  for (const auto& item : parser.value(name).split(',')) {
    bool ok = false;
    const qint64 id = item.trimmed().toLongLong(&ok);
    if (!ok || id < 1) {
      printError(command, QString("--%1: '%2' is not an id (a positive integer)").arg(name, item));
      return std::nullopt;
    }
    ids.push_back(id);
  }
  return ids;
}

std::optional<double> numberOption(const char* command, const QCommandLineParser& parser, const QString& name) {
  bool ok = false;
  const double value = parser.value(name).toDouble(&ok);
  if (!ok || !(value > 0)) {
    printError(command, QString("--%1 must be a positive number of seconds, got '%2'").arg(name, parser.value(name)));
    return std::nullopt;
  }
  return value;
}

std::int64_t resolveClipSet(database::Database& db, const QString& text) {
  bool isId = false;
  const auto id = text.toLongLong(&isId);
  auto found = isId ? database::ClipSetStore(db).find(id) : database::ClipSetStore(db).findByName(text.toStdString());
  if (!found) throw core::Error("no clip set '" + text.toStdString() + "' in the project");
  return found->id;
}

std::int64_t resolveModel(database::Database& db, const QString& text) {
  bool isId = false;
  const auto id = text.toLongLong(&isId);
  auto found = isId ? database::ModelStore(db).find(id) : database::ModelStore(db).findByName(text.toStdString());
  if (!found) throw core::Error("no model '" + text.toStdString() + "' in the project");
  return found->id;
}

}  // namespace prodrome::app
