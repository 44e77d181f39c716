#!/usr/bin/env bash
# End-to-end PDF import, timed, and the units compared between two builds (issue 11, helper pdftext).
#
#   PdfImportBench.sh time QCAT_DIR PDF [RUNS]      # `qcat corpus import PDF` into a fresh project, RUNS times
#   PdfImportBench.sh compare QCAT_A QCAT_B PDF...  # import the PDFs with both builds; units.csv and texts must be equal
#
# QCAT_DIR is a `dotnet publish src/ContentAnalysis.Cli -c Release -r linux-x64 -o DIR` output (ReadyToRun).
# The PDFs come from `dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- generate-pdf PATH 300`
# (and `generate-pdf PATH 30 journal`). Every timing line carries the load average, as the machine is shared.
set -euo pipefail
work=$(mktemp -d /tmp/qcat-pdfbench-XXXXXX)
trap 'rm -rf "$work"' EXIT
case "${1:-}" in
  time)
    qcat="$2/qcat"; pdf="$3"; runs="${4:-3}"
    for ((i = 1; i <= runs; i++)); do
      rm -rf "$work/p" && "$qcat" init "$work/p" >/dev/null
      load=$(cut -d' ' -f1-3 /proc/loadavg)
      figure=$(cd "$work/p" && /usr/bin/time -f "%e s %M KB (user %U sys %S)" "$qcat" corpus import "$pdf" 2>&1 >/dev/null)
      echo "run $i: $figure, load $load"
    done
    ;;
  compare)
    a="$2/qcat"; b="$3/qcat"; shift 3
    for side in a b; do
      qcat=${!side}
      "$qcat" init "$work/$side" >/dev/null
      for pdf in "$@"; do (cd "$work/$side" && "$qcat" corpus import "$pdf" >/dev/null); done
    done
    if diff -r -q "$work/a/data/units.csv" "$work/b/data/units.csv" && diff -r -q "$work/a/data/documents" "$work/b/data/documents"; then
      echo "identical: units.csv ($(wc -l <"$work/a/data/units.csv") lines) and document texts"
    else
      echo "DIFFERENT"; exit 1
    fi
    ;;
  *)
    sed -n '2,10p' "$0"; exit 2
    ;;
esac
