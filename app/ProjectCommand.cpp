// prodrome project init DB: creates an empty project file at the newest schema.

#include "app/Command.h"
#include "app/CommandSupport.h"

#include <QFileInfo>

#include <cstdio>

namespace prodrome::app {

namespace {

int runInit(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Create a new, empty Prodrome project file DB (SQLite, newest schema). An existing file is refused and left "
      "as it is.");
  parser.addPositionalArgument("DB", "The project file to create.");
  if (auto exit = parseCommandLine(parser, "project", "prodrome project init", args, 1)) return *exit;
  const QString path = parser.positionalArguments().front();
  // Refused rather than opened: `init` on a colleague's project by mistake
  // must not look like success.
  if (QFileInfo::exists(path)) {
    printError("project", "cannot create '" + path + "': the file already exists");
    return kExitFailure;
  }
  if (!openProjectFile("project", path, true)) return kExitFailure;
  std::printf("created project %s\n", qPrintable(path));
  return kExitOk;
}

}  // namespace

int runProjectCommand(const QStringList& args) {
  return runSubcommand("project", "Manage project files.",
                       {{"init", "create an empty project file (project init DB)", runInit}}, args);
}

}  // namespace prodrome::app
