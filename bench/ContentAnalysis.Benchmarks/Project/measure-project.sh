#!/bin/bash
# Times the project-mode commands of issue 14 on a project made by generate-project.sh (wall, CPU and peak memory).
# usage: measure-project.sh QCAT DIR [RUNS]
set -u
qcat=$1; dir=$2; runs=${3:-3}
measure=$(cd "$(dirname "$0")/../AgreeMatrix" && pwd)/measure.sh
cd "$dir"
for command in "agree --bootstrap 0" "progress" "check" "codings export --format matrix --dimension topic -o /dev/null"; do
  printf '%-50s ' "$command"; "$measure" "$qcat" "$runs" $command
done
printf '%-50s ' "codings import (600,000 rows, no journals)"
for _ in $(seq "$runs"); do
  rm -rf "$dir-import" && cp -r "$dir-empty" "$dir-import"
  /usr/bin/time -f "%e s %U+%S CPU s %M KB" "$qcat" -C "$dir-import" codings import codings.csv 2>&1 >/dev/null | tail -1
done | tr '\n' ' '; echo
rm -rf "$dir-import"
