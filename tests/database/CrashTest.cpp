#include "TempProject.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <set>
#include <sstream>

namespace prodrome::database::test {
namespace {

using CrashTest = TempProject;

// Runs the helper for about `lifetime`, SIGKILLs it, and returns every id it
// printed (each printed only after its transaction committed).
std::vector<std::int64_t> runAndKill(const std::filesystem::path& project, std::chrono::milliseconds lifetime) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const pid_t child = fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    execl(PRODROME_DATABASE_CRASH_HELPER, PRODROME_DATABASE_CRASH_HELPER, project.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);

  std::string output;
  char buffer[4096];
  const auto deadline = std::chrono::steady_clock::now() + lifetime;
  // Drain while it runs, so a full pipe never blocks the child.
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{fds[0], POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) > 0) {
      const ssize_t n = read(fds[0], buffer, sizeof buffer);
      if (n <= 0) break;
      output.append(buffer, static_cast<std::size_t>(n));
    }
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;) output.append(buffer, static_cast<std::size_t>(n));
  close(fds[0]);
  if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL))
    throw std::runtime_error("helper ended on its own (status " + std::to_string(status) + ")");

  std::vector<std::int64_t> ids;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line))
    if (!lines.eof())  // the last fragment has no newline: not acknowledged
      ids.push_back(std::stoll(line));
  return ids;
}

TEST_F(CrashTest, EveryAcknowledgedEventSurvivesSigkill) {
  constexpr int kKills = 24;
  std::mt19937 random(20240301u ^ static_cast<unsigned>(getpid()));
  // Mostly short lives, so kills land while opening and creating the schema
  // as well as mid-stream between commits.
  std::uniform_int_distribution<int> lifetimeMs(0, 120);

  std::set<std::int64_t> acknowledged;
  for (int round = 0; round < kKills; ++round) {
    const auto ms = std::chrono::milliseconds(lifetimeMs(random));
    const std::vector<std::int64_t> ids = runAndKill(file_, ms);
    acknowledged.insert(ids.begin(), ids.end());

    Database database = openProject(file_);
    EXPECT_EQ(pragmaText(database, "PRAGMA integrity_check"), "ok") << "round " << round;
    std::set<std::int64_t> stored;
    for (const Event& event : EventStore(database).list()) stored.insert(event.id);
    for (const std::int64_t id : acknowledged)
      ASSERT_TRUE(stored.count(id)) << "acknowledged event #" << id << " lost after kill " << round << " ("
                                    << ms.count() << " ms)";
  }
  // Otherwise the test proved nothing.
  EXPECT_GE(acknowledged.size(), 20u) << "the helper hardly committed anything before being killed";
  std::printf("[          ] %d kills, %zu acknowledged events, all present\n", kKills, acknowledged.size());
}

}  // namespace
}  // namespace prodrome::database::test
