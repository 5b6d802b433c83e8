#!/usr/bin/env bash
# The main job, until the end-to-end demo pipeline lands: make a short sample
# recording with the ffmpeg program (long GOP, B-frames, like a clinic
# camera), then show what the video engine reads from it: `prodrome probe`
# and exact frames written by `prodrome frame`.
set -euo pipefail
build_dir=${1:-build}
prodrome="$build_dir/prodrome"
out=${PRODROME_DEMO_DIR:-"$PWD/prodrome-demo-$(date +%Y%m%d-%H%M%S)"}
mkdir -p "$out"
echo "demo: writing into $out"

video="$out/sample.mp4"
ffmpeg -v error -y -f lavfi -i testsrc2=size=1280x720:rate=30 -t 20 \
  -c:v libx264 -preset veryfast -g 250 -keyint_min 250 -sc_threshold 0 -bf 3 -pix_fmt yuv420p "$video"
echo "demo: sample recording $video (20 s, 1280x720, 30 fps, H.264, GOP 250, 3 B-frames)"

echo "demo: prodrome probe"
"$prodrome" probe "$video" | tee "$out/probe.json"

for n in 0 299 598; do
  "$prodrome" frame "$video" --index "$n" -o "$out/frame_$n.png"
  echo "demo: frame $n -> $out/frame_$n.png"
done
echo "demo: done. Open the frames in an image viewer, or the video in the GUI: $prodrome gui $video"
