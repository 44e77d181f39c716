#!/usr/bin/env bash
# Renders a standalone HTML report (e.g. reports/out/appendix.html) to a PNG with headless Chromium,
# for pictures in the README. Not used by CI.
#
#   scripts/render-html-png.sh FILE.html OUT.png [WIDTH] [HEIGHT]
#
# Needs Debian's chromium package:  sudo apt-get install chromium
# (on other systems any Chromium or Chrome works: set CHROMIUM=/path/to/chrome).
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 FILE.html OUT.png [WIDTH] [HEIGHT]" >&2
  exit 1
fi

html=$1
out=$2
width=${3:-1000}
height=${4:-1400}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}

if [[ -z "$browser" ]]; then
  echo "$0: Chromium not found; install it with 'apt-get install chromium' (Debian/Ubuntu) or set CHROMIUM" >&2
  exit 1
fi
if [[ ! -f "$html" ]]; then
  echo "$0: no file '$html'" >&2
  exit 1
fi

# A throwaway profile keeps the run independent of any user's browser settings; the report loads nothing
# from the network, and --no-sandbox is needed when running as root (containers, CI).
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --window-size="${width},${height}" --screenshot="$(realpath -m "$out")" "file://$(realpath "$html")" >/dev/null 2>&1
if [[ ! -s "$out" ]]; then
  echo "$0: Chromium wrote no picture to '$out'" >&2
  exit 1
fi
echo "$out"
