#!/usr/bin/env bash
# The main job: `prodrome demo`, the paper's method end to end on synthetic
# cross-species video (generation, clip sets, VideoMAE stage 1 and 2,
# forecasting a held-out recording, report). PRODROME_DEMO_DIR chooses the
# folder; PRODROME_DEMO_ARGS adds options (e.g. --quick).
set -euo pipefail
build_dir=${1:-build}
out=${PRODROME_DEMO_DIR:-"$PWD/prodrome-demo-$(date +%Y%m%d-%H%M%S)"}
# shellcheck disable=SC2086
"$build_dir/prodrome" demo --dir "$out" ${PRODROME_DEMO_ARGS:-}
