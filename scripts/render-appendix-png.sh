#!/usr/bin/env bash
# Renders the example project's methods appendix as HTML and takes a picture of it for the README
# (docs/images/appendix.png), with headless Chromium. Not used by CI.
#
#   scripts/render-appendix-png.sh [OUT.png]
#
# Needs the .NET SDK and Debian's chromium package (sudo apt-get install chromium; or set CHROMIUM=/path).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/images/appendix.png}
html=$root/reports/out/appendix.html

dotnet run --project "$root/src/ContentAnalysis.Cli" -- --project "$root" report appendix --format html --out "$html"
mkdir -p "$(dirname "$out")"
"$root/scripts/render-html-png.sh" "$html" "$out" 1000 1600
echo "$out"
