#!/usr/bin/env bash
# Sets up a Debian 12 machine for Prodrome and builds it; then, optionally,
# runs the demo or the test suite. Idempotent: packages already installed are
# not touched and an existing build directory is reused, so a second run only
# recompiles what changed.
#
#   bash packaging/setup.sh            # install what is missing, build
#   bash packaging/setup.sh --demo     # ... then run the main job
#   bash packaging/setup.sh --test     # ... then run every test suite
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${PRODROME_BUILD_DIR:-"$here/build"}
action=${1:-}

# Exactly what the project needs; keep in step with CMakeLists.txt.
packages=(
  g++ cmake ninja-build pkg-config git
  qt6-base-dev qt6-multimedia-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev libgl-dev libxkbcommon-dev
  libtorch-dev libopenblas0-pthread
  libavformat-dev libavcodec-dev libswscale-dev libavutil-dev ffmpeg
  libsqlite3-dev libgtest-dev libedf-dev
  xvfb xauth
  dpkg-dev file lintian desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install packages" >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's default reference BLAS makes LibTorch ~45x slower; make sure the
# OpenBLAS alternative is the one libblas.so.3 resolves to.
if [ -e /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3 ]; then
  current=$(update-alternatives --query libblas.so.3-x86_64-linux-gnu 2>/dev/null | sed -n 's/^Value: //p')
  case "$current" in
    *openblas*) ;;
    *) ${sudo_cmd[@]+"${sudo_cmd[@]}"} update-alternatives --set libblas.so.3-x86_64-linux-gnu \
         /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3 >/dev/null ;;
  esac
fi

jobs=$(nproc)
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release ${PRODROME_CMAKE_ARGS:-}
fi
cmake --build "$build_dir" -j "$jobs"

case "$action" in
  "") ;;
  --demo)
    exec bash "$here/packaging/demo.sh" "$build_dir"
    ;;
  --test)
    (cd "$build_dir" && ctest --output-on-failure -j "$jobs" --timeout 900)
    bash "$here/packaging/check-package.sh" "$build_dir"
    # The video engine reads hostile files: core/'s suites run once more
    # under AddressSanitizer and UBSan (a separate, smaller build: no ml/,
    # no GUI).
    if [ "${PRODROME_SKIP_SANITIZERS:-0}" != 1 ]; then
      asan_dir="$build_dir-asan"
      if [ ! -f "$asan_dir/build.ninja" ]; then
        # -O1 -g1 (line tables) as AddressSanitizer advises: reports keep file and
        # line, and the stage builds in 287 s instead of 639 s (-O2 -g) on 2 cores.
        cmake -S "$here" -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRODROME_SANITIZE=ON \
          -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
          -DPRODROME_BUILD_GUI=OFF -DPRODROME_BUILD_BENCHMARKS=OFF -DPRODROME_TEST_LAYERS=core
      fi
      cmake --build "$asan_dir" -j "$jobs" --target core_suites
      # The real-video suite decodes ~10,000 large frames: too slow under ASan.
      (cd "$asan_dir" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --output-on-failure -j "$jobs" --timeout 900 -E SharedTestdata)
    fi
    ;;
  *)
    echo "setup: unknown action '$action' (use --demo or --test)" >&2
    exit 2
    ;;
esac
