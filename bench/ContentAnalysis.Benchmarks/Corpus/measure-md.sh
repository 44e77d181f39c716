#!/usr/bin/env bash
# Times `qcat corpus import` of a large and a small Markdown file (issue 11, helper mdstream).
#   bench/ContentAnalysis.Benchmarks/Corpus/measure-md.sh QCAT [RUNS] [BIG.md]
# QCAT: a published qcat (dotnet publish src/ContentAnalysis.Cli -c Release -r linux-x64 -o /tmp/qcat → /tmp/qcat/qcat).
# BIG.md defaults to /tmp/big.md; made by generate_big_txt.py --markdown (40 MB, seed 7) when missing. The small file
# (0.3 MB, same generator) shows start-up. Prints wall, peak RSS, user and sys CPU per run, and the load.
set -euo pipefail
qcat=$(readlink -f "$1")
runs=${2:-3}
big=${3:-/tmp/big.md}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/md-e2e.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ ! -f "$big" ]; then
  python3 "$here/generate_big_txt.py" "$big" 40 7 --markdown
fi
small=$work/small.md
python3 "$here/generate_big_txt.py" "$small" 0.3 5 --markdown > /dev/null
for file in "$big" "$small"; do
  echo "== $(basename "$file") ($(stat -c %s "$file") bytes)"
  for _ in $(seq "$runs"); do
    rm -rf "$work/p" && "$qcat" init "$work/p" > /dev/null
    (cd "$work/p" && /usr/bin/time -f "%e s %M KB (user %U sys %S)" "$qcat" corpus import "$file" > /dev/null) 2>&1 | tail -1
    echo "   load: $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
