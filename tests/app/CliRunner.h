#pragma once
// Runs the real `prodrome` binary (PRODROME_BINARY) as a user would and
// collects its exit code and output.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <string>

namespace prodrome::test {

struct CliResult {
  int exitCode = -1;  // -1 when it crashed or timed out
  std::string out;
  std::string err;
};

inline CliResult runProdrome(const QStringList& args, int timeoutMs = 120000) {
  QProcess p;
  p.start(PRODROME_BINARY, args);
  p.waitForFinished(timeoutMs);
  CliResult r;
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = p.readAllStandardOutput().toStdString();
  r.err = p.readAllStandardError().toStdString();
  return r;
}

inline QString q(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

}  // namespace prodrome::test
