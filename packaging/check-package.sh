#!/usr/bin/env bash
# Builds the Debian package and checks it (issue 13 §7): the files a desktop
# needs are inside, the dependencies name the libraries the binary links,
# the packaged binary runs from an unpacked copy, the desktop entry is valid,
# and lintian reports no error (its remaining warnings are explained in
# packaging/deb/lintian.md). Called by `setup.sh --test`; on its own:
#   bash packaging/check-package.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-"$here/build"}

fail() { echo "check-package: $*" >&2; exit 1; }

rm -f "$build"/prodrome_*.deb
cmake --build "$build" --target package >/dev/null
debs=("$build"/prodrome_*.deb)
[ -f "${debs[0]}" ] || fail "no package was written into $build"
deb=${debs[0]}
echo "check-package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

contents=$(dpkg-deb -c "$deb")
for f in usr/bin/prodrome usr/lib/prodrome/prodrome-torch usr/share/applications/prodrome.desktop usr/share/mime/packages/prodrome.xml \
  usr/share/icons/hicolor/scalable/apps/prodrome.svg usr/share/man/man1/prodrome.1.gz \
  usr/share/doc/prodrome/copyright usr/share/doc/prodrome/changelog.gz; do
  grep -q " \./$f\$" <<<"$contents" || fail "$deb lacks /$f"
done

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libtorch libqt6widgets6 libqt6multimedia6 libavcodec libsqlite3-0 libopenblas0-pthread; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
version=$("$root/usr/bin/prodrome" --version 2>/dev/null | head -1)
[[ "$version" == "prodrome $(dpkg-deb -f "$deb" Version)"* ]] || fail "the packaged binary says '$version'"
help=$("$root/usr/bin/prodrome" --help)
grep -q "^commands:" <<<"$help" || fail "the packaged binary's --help lists no commands"
# A torch command: the packaged prodrome finds the packaged prodrome-torch.
finetune_help=$("$root/usr/bin/prodrome" finetune --help) || fail "the packaged binary cannot start prodrome-torch"
grep -q "fine-tune" <<<"$finetune_help" || fail "the packaged finetune --help says: $finetune_help"
libs=$(ldd "$root/usr/bin/prodrome")
if grep -q libtorch <<<"$libs"; then fail "the packaged prodrome links LibTorch (only prodrome-torch may)"; fi
zcat "$root/usr/share/man/man1/prodrome.1.gz" | grep -q '^\.SS finetune' || fail "the manual lacks the finetune command"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/prodrome.desktop"
fi

if command -v lintian >/dev/null; then
  report=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
  [ -n "$report" ] && echo "$report"
  if grep -q '^E: ' <<<"$report"; then fail "lintian reports errors"; fi
else
  echo "check-package: lintian is not installed; skipped"
fi
echo "check-package: ok"
