#!/usr/bin/env bash
# Writes prodrome(1) from the binary's own --help texts: the overview, then
# every command's options, so the manual never drifts from the code.
#   manpage.sh PRODROME_BINARY VERSION OUTPUT.1
set -euo pipefail
bin=$1 version=$2 out=$3

# roff: backslashes, leading dots and quotes, and minus signs.
escape() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/" -e 's/-/\\-/g'; }
# QCommandLineParser prints argv[0] in its usage line: name the command instead.
unpath() { sed -e "s#^Usage: [^ ]*prodrome#Usage: prodrome#"; }

overview=$(QT_QPA_PLATFORM=offscreen "$bin" --help 2>&1)
commands=$(sed -n '/^commands:/,/^$/p' <<<"$overview" | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || { echo "manpage.sh: no commands in '$bin --help'" >&2; exit 1; }

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
  echo ".TH PRODROME 1 \"$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)\" \"prodrome $version\" \"User Commands\""
  echo ".SH NAME"
  echo "prodrome \\- seizure forecasting from monitoring video"
  echo ".SH SYNOPSIS"
  echo ".B prodrome"
  echo ".br"
  echo ".B prodrome gui"
  echo ".RI [ FILE ]"
  echo ".br"
  echo ".B prodrome"
  echo ".I COMMAND"
  echo ".RI [ ARGS ]"
  echo ".SH DESCRIPTION"
  echo "Without arguments, or with"
  echo ".BR gui ,"
  echo "prodrome opens its workstation window (a project or video file may follow)."
  echo "Every command below runs without a display, for headless servers."
  echo ".PP"
  echo ".nf"
  escape <<<"$overview"
  echo ".fi"
  echo ".SH COMMANDS"
  for c in $commands; do
    echo ".SS $c"
    echo ".nf"
    QT_QPA_PLATFORM=offscreen "$bin" "$c" --help 2>&1 | unpath | escape
    echo ".fi"
  done
  echo ".SH FILES"
  echo "A project is one SQLite file (*.prodrome); its models and caches lie beside it."
  echo ".SH SEE ALSO"
  echo ".BR ffmpeg (1)"
} >"$tmp"
mv "$tmp" "$out"
trap - EXIT
