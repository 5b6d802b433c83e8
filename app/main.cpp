// prodrome: the GUI with no arguments (or `prodrome gui [FILE]`), a headless
// subcommand otherwise. Arguments are parsed before any Qt application object
// exists, so subcommands never need a display.
//
// Compiled twice (app/CMakeLists.txt): as prodrome, without LibTorch, which
// hands the GUI and the commands it lacks to prodrome-torch; and as
// prodrome-torch (PRODROME_TORCH_BINARY), which runs everything.

#include "app/Command.h"
#include "core/GitRevision.h"

#include <QCoreApplication>
#ifdef PRODROME_WITH_GUI
#include <QGuiApplication>
#endif
#include <QString>
#include <memory>
#include <vector>

extern "C" {
#include <libavutil/log.h>
}

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace prodrome::app {
#if defined(PRODROME_WITH_GUI) && defined(PRODROME_TORCH_BINARY)
int runGui(int argc, char** argv);
#endif
#ifndef PRODROME_TORCH_BINARY
int handOverToTorch(char** argv);  // TorchHandover.cpp; returns only on failure
#endif
}  // namespace prodrome::app

namespace {

void printUsage(FILE* out) {
  std::fprintf(out,
               "Prodrome %s: seizure forecasting from monitoring video.\n\n"
               "usage: prodrome                 start the GUI\n"
               "       prodrome gui [FILE]      start the GUI, optionally opening a video\n"
               "       prodrome COMMAND [ARGS]  run a command without a display\n\n"
               "commands:\n",
               PRODROME_VERSION);
  for (const auto& c : prodrome::app::commands()) std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
  std::fprintf(out, "\n'prodrome COMMAND --help' describes each command's options.\n");
}

// FFmpeg logs warnings about damaged input to stderr; the commands report
// errors themselves in one line, so its log stays quiet unless asked for.
void configureFfmpegLog() {
  int level = AV_LOG_QUIET;
  if (const char* env = std::getenv("PRODROME_FFMPEG_LOGLEVEL"); env && *env) level = std::atoi(env);
  av_log_set_level(level);
}

// The exit status once everything written to stdout has reached its file:
// `prodrome runs show DB 7 --json > out.json` on a full disk must not exit 0
// with an empty file (stdio reports the failure only at the flush).
int afterOutput(int status, const char* command) {
  errno = 0;
  if (std::fflush(stdout) == 0 && !std::ferror(stdout)) return status;
  std::fprintf(stderr, "prodrome%s%s: cannot write its output: %s\n", command ? " " : "", command ? command : "",
               errno ? std::strerror(errno) : "a write failed (a full disk, or a closed stream)");
  return status == prodrome::app::kExitOk ? prodrome::app::kExitFailure : status;
}

}  // namespace

int main(int argc, char** argv) {
  configureFfmpegLog();
  const bool gui = argc == 1 || std::strcmp(argv[1], "gui") == 0;
  if (gui) {
#if defined(PRODROME_WITH_GUI) && defined(PRODROME_TORCH_BINARY)
    return prodrome::app::runGui(argc, argv);
#elif defined(PRODROME_WITH_GUI)
    return prodrome::app::handOverToTorch(argv);  // the GUI's training and forecasting need LibTorch
#else
    std::fprintf(stderr, "prodrome: this build has no GUI (configured with PRODROME_BUILD_GUI=OFF)\n");
    return prodrome::app::kExitUsage;
#endif
  }
  if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 || std::strcmp(argv[1], "help") == 0) {
    printUsage(stdout);
    return afterOutput(prodrome::app::kExitOk, nullptr);
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::printf("prodrome %s (%s)\n", PRODROME_VERSION, prodrome::gitRevision());
    return afterOutput(prodrome::app::kExitOk, nullptr);
  }
  for (const auto& command : prodrome::app::commands()) {
    if (std::strcmp(argv[1], command.name) == 0) {
#ifndef PRODROME_TORCH_BINARY
      if (!command.run) return prodrome::app::handOverToTorch(argv);
#endif
      // Painting text needs a QGuiApplication; the offscreen platform keeps
      // the command headless (given as arguments, not through the
      // environment, so a GUI it starts later still finds the display).
      // Declared before the application, which keeps references to them.
      std::vector<char*> guiArgs{argv[0], const_cast<char*>("-platform"), const_cast<char*>("offscreen")};
      [[maybe_unused]] int guiArgc = static_cast<int>(guiArgs.size());
      std::unique_ptr<QCoreApplication> app;
      QStringList args;
      for (int i = 2; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
#ifdef PRODROME_WITH_GUI
      if (command.paints && command.paints(args))
        app = std::make_unique<QGuiApplication>(guiArgc, guiArgs.data());
      else
#endif
        app = std::make_unique<QCoreApplication>(argc, argv);
      QCoreApplication::setApplicationName("prodrome");
      QCoreApplication::setApplicationVersion(PRODROME_VERSION);
      return afterOutput(command.run(args), command.name);
    }
  }
  std::fprintf(stderr, "prodrome: unknown command '%s'\n\n", argv[1]);
  printUsage(stderr);
  return prodrome::app::kExitUsage;
}
