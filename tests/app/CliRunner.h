#pragma once
// Runs the real `prodrome` binary (PRODROME_BINARY) as a user would and
// collects its exit code and output; and the helpers the CLI suites share
// (one definition each: the suite compiles in batches of files).

#include "tests/support/FixtureVideo.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>
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

inline int lineCount(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

// The i-th of the standard fixture videos, made once per build tree.
inline std::filesystem::path cliFixture(int i) {
  return makeFixture(PRODROME_FIXTURE_DIR, standardFixtures()[static_cast<size_t>(i)]);
}

}  // namespace prodrome::test
