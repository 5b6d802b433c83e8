// Start-up of the command line (issue 13 §6): what a user waits for before
// a light command answers, against FFmpeg's own tools measured in the same
// run on the same file. Targets: `prodrome probe FILE` (index cached) within
// 2× `ffprobe -version`; the whole `prodrome frame FILE --index N -o F.png`
// process faster than `ffmpeg -ss T -i FILE -frames:v 1 F.png`. Also prints
// `prodrome-torch --help`, the start every command paid before the split.
//
//   bench_startup [VIDEO] [--runs N]
// Without VIDEO, a 10-minute 720p H.264 file with GOPs of 250 frames is
// encoded into a temporary folder first (a minute or two).

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

// Wall seconds of one process, its output discarded; exits on failure.
double timeProcess(const std::vector<std::string>& command) {
  std::vector<char*> argv;
  for (const auto& a : command) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "bench_startup: '%s' failed (status %d)\n", command.front().c_str(), status);
    std::exit(1);
  }
  return seconds;
}

// The median of `runs`, the commands interleaved run by run so that a
// machine getting busier shifts every figure alike.
std::vector<double> medians(const std::vector<std::vector<std::string>>& commands, int runs) {
  std::vector<std::vector<double>> times(commands.size());
  for (int r = 0; r < runs; ++r)
    for (std::size_t c = 0; c < commands.size(); ++c) times[c].push_back(timeProcess(commands[c]));
  std::vector<double> out;
  for (auto& t : times) {
    std::sort(t.begin(), t.end());
    out.push_back(t[t.size() / 2]);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string video;
  int runs = 11;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else
      video = a;
  }
  const auto dir = std::filesystem::temp_directory_path() / ("prodrome-bench-startup-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  if (video.empty()) {
    video = (dir / "night-720p-gop250.mp4").string();
    std::printf("encoding a 10-minute 720p GOP-250 test video...\n");
    std::fflush(stdout);
    timeProcess({"ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=duration=600:size=1280x720:rate=30",
                 "-c:v", "libx264", "-preset", "ultrafast", "-g", "250", "-pix_fmt", "yuv420p", video});
  }
  const std::string prodrome = PRODROME_BINARY, torch = PRODROME_TORCH_BINARY_PATH;
  const std::string png = (dir / "frame.png").string(), ffpng = (dir / "ffmpeg.png").string();
  // Frame 9000 (5:00 at 30 fps), far from any keyframe's start: both tools
  // decode from the GOP's keyframe.
  timeProcess({prodrome, "probe", video});  // builds and caches the frame index
  const std::vector<std::vector<std::string>> commands = {
      {"ffprobe", "-version"},
      {prodrome, "--help"},
      {prodrome, "probe", video},
      {prodrome, "frame", video, "--index", "9100", "-o", png},
      {"ffmpeg", "-loglevel", "error", "-y", "-ss", "303.333", "-i", video, "-frames:v", "1", ffpng},
      {torch, "--help"},
  };
  const auto m = medians(commands, runs);
  std::printf("start-up, median of %d runs (seconds per process)\n", runs);
  std::printf("  ffprobe -version                 %.3f  (reference)\n", m[0]);
  std::printf("  prodrome --help                  %.3f  %.2fx ffprobe -version\n", m[1], m[1] / m[0]);
  std::printf("  prodrome probe FILE (cached)     %.3f  %.2fx ffprobe -version (target <= 2)\n", m[2], m[2] / m[0]);
  std::printf("  prodrome frame FILE --index N    %.3f  %.2fx ffmpeg -ss (target < 1)\n", m[3], m[3] / m[4]);
  std::printf("  ffmpeg -ss T -i FILE -frames:v 1 %.3f  (reference)\n", m[4]);
  std::printf("  prodrome-torch --help            %.3f  %.2fx prodrome --help (LibTorch's start)\n", m[5],
              m[5] / m[1]);
  std::filesystem::remove_all(dir);
  return 0;
}
