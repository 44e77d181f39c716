#!/bin/bash
# Builds the project-mode benchmark (issue 14): UNITS paragraph units in 100 documents, coded by CODERS coders on the
# two dimensions of codebooks/example-minimal.yaml (topic: single category; tone: ordinal -1/0/1), one journal line
# per unit × dimension × coder (100,000 × 3 × 2 = 600,000 lines), imported with `qcat codings import`.
# Coders agree on about 80% of units. ("none" is left out: with every category of topic also used it makes
# `agree` fail on main at 3bdc641, "CategoryCount 3 is smaller than the 4 distinct values".) Also leaves DIR/codings.csv (long format with a coder column) for timing
# `codings import` again in a copy of the project without journals (DIR-empty).
# usage: generate-project.sh QCAT DIR [UNITS] [CODERS]    e.g. generate-project.sh /tmp/qcat/qcat /tmp/p100k
set -eu
qcat=$1; dir=$2; units=${3:-100000}; coders=${4:-3}
here=$(cd "$(dirname "$0")" && pwd); repo=$(cd "$here/../../.." && pwd)
rm -rf "$dir" "$dir-empty"
"$qcat" init "$dir" > /dev/null
cp "$repo/codebooks/example-minimal.yaml" "$dir/codebooks/"
rm -f "$dir"/codebooks/[!e]*.yaml
printf 'codebook: codebooks/example-minimal.yaml\n' > "$dir/qcat.yaml"
mkdir -p "$dir/sources"
docs=100; per=$(( units / docs ))
for d in $(seq -w 1 $docs); do
  awk -v n=$per -v d=$d 'BEGIN { for (i = 1; i <= n; i++) printf "Paragraph %d of document %s: the night bus fare rose again and the operator said nothing.\n\n", i, d }' > "$dir/sources/doc$d.txt"
done
(cd "$dir" && "$qcat" corpus import sources/*.txt --unit paragraph > /dev/null)
# unit,dimension,value,coder: the first coder's value drawn at random, the others copy it 80% of the time.
awk -F, -v coders=$coders 'BEGIN { srand(2026); split("fares,funding,funding_cut", topic, ","); split("-1,0,1", tone, ","); print "unit,dimension,value,coder" }
  NR > 1 { t = topic[int(rand() * 3) + 1]; o = tone[int(rand() * 3) + 1]
    for (c = 1; c <= coders; c++) {
      ct = (c == 1 || rand() < 0.8) ? t : topic[int(rand() * 3) + 1]; co = (c == 1 || rand() < 0.8) ? o : tone[int(rand() * 3) + 1]
      print $1 ",topic," ct ",coder" c; print $1 ",tone," co ",coder" c } }' "$dir/data/units.csv" > "$dir/codings.csv"
cp -r "$dir" "$dir-empty"
(cd "$dir" && "$qcat" codings import codings.csv > /dev/null)
echo "$dir: $(( $(wc -l < "$dir/data/units.csv") - 1 )) units, $(cat "$dir"/data/codings/*.csv | wc -l) journal lines (headers included); $dir-empty: no journals"
