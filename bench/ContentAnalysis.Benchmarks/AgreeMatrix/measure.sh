#!/bin/bash
# Runs a command N times under /usr/bin/time and prints the mean ± standard deviation of the wall
# time, its range, the least CPU time (user + system: a loaded machine inflates it far less than the wall time),
# and the largest "maximum resident set size" (hyperfine is not always installed).
# usage: measure.sh BINARY RUNS ARGS...   e.g. measure.sh /tmp/qcat/qcat 10 agree --matrix m.csv --format json
set -u
bin=$1; runs=$2; shift 2
times=$(mktemp); one=$(mktemp)
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %M %U %S" -o "$one" "$bin" "$@" > /dev/null || echo "run failed" >&2
  cat "$one" >> "$times"
done
awk -v n="$runs" '{t[NR]=$1; s+=$1; if(NR==1||$1<mn)mn=$1; if($1>mx)mx=$1; if($2>mm)mm=$2; c=$3+$4; if(NR==1||c<mc)mc=c}
  END {mean=s/n; for(i=1;i<=n;i++) v+=(t[i]-mean)^2; sd=n>1?sqrt(v/(n-1)):0;
       printf "wall %.3f ± %.3f s (sd, n=%d; min %.2f, max %.2f), CPU min %.2f s, max RSS %.0f MB\n", mean, sd, n, mn, mx, mc, mm/1024}' "$times"
rm -f "$times" "$one"
