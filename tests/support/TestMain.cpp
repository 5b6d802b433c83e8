// main() for the GoogleTest suites: FFmpeg's own log stays quiet (the bad
// input tests provoke hundreds of decoder warnings) unless
// PRODROME_FFMPEG_LOGLEVEL asks for it.

#include <gtest/gtest.h>

extern "C" {
#include <libavutil/log.h>
}

#include <cstdlib>

int main(int argc, char** argv) {
  int level = AV_LOG_QUIET;
  if (const char* env = std::getenv("PRODROME_FFMPEG_LOGLEVEL"); env && *env) level = std::atoi(env);
  av_log_set_level(level);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
