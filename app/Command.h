#pragma once
// A headless subcommand of `prodrome`. Each lives in its own file and
// registers itself in Commands.cpp; main() dispatches on the first argument.

#include <QStringList>

#include <functional>
#include <vector>

namespace prodrome::app {

struct Command {
  const char* name;
  const char* summary;  // one line for `prodrome --help`
  // Receives the arguments after the command name; returns the exit code.
  // Empty in prodrome for the commands that need LibTorch: prodrome-torch
  // runs them (app/CMakeLists.txt).
  std::function<int(const QStringList& args)> run;
  // Whether these arguments draw images with QPainter (report plots): the
  // command then runs under a QGuiApplication on the offscreen platform
  // instead of a QCoreApplication. Empty: never.
  bool (*paints)(const QStringList& args) = nullptr;
};

// For Command::paints: a command that always draws.
inline bool alwaysPaints(const QStringList&) { return true; }

const std::vector<Command>& commands();

// Exit codes shared by every command.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  // the operation failed (bad input file, ...)
constexpr int kExitUsage = 2;    // the command line was wrong

// Prints "prodrome <command>: <message>" on one line to stderr.
void printError(const char* command, const QString& message);

}  // namespace prodrome::app
