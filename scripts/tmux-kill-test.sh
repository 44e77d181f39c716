#!/usr/bin/env bash
# Kills a real `qcat code` session with kill -9 in the middle of a unit, right after a memo was confirmed, and
# checks the memo is in the journal and comes back when the session resumes (docs/coding-sessions.md).
# Needs tmux and a built qcat (dotnet build); .ci/run runs it when tmux is present. Exit 0 = passed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
qcat="${QCAT_DLL:-$root/src/ContentAnalysis.Cli/bin/Debug/net10.0/qcat.dll}"
[ -f "$qcat" ] || { echo "tmux kill test: $qcat not found (dotnet build first)"; exit 1; }
command -v tmux >/dev/null || { echo "tmux kill test: tmux not found"; exit 1; }

work="$(mktemp -d)"
session="qcat-kill-$$"
cleanup() { tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "tmux kill test: FAILED: $*"; tmux capture-pane -p -t "$session" 2>/dev/null | sed 's/^/  | /'; exit 1; }

# A small project: the example codebook and one document of three paragraphs.
mkdir -p "$work/codebooks" "$work/src"
cp "$root/codebooks/russia-south-caucasus.yaml" "$work/codebooks/"
cp "$root/qcat.yaml" "$work/"
printf -- '---\nid: alpha\ntitle: "Truce talks"\nauthor: "T. Tester"\ndate: 2020-10-20\n---\n\nMoscow hosted both foreign ministers.\n\nThe pause broke down within hours.\n\nBaku thanked Ankara.\n' > "$work/src/alpha.md"
(cd "$work" && dotnet "$qcat" corpus import src/alpha.md >/dev/null) || fail "corpus import"

# Waits until the screen shows $1 (a fixed string), up to 30 s.
wait_for() {
  for _ in $(seq 1 300); do
    tmux capture-pane -p -t "$session" 2>/dev/null | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  fail "the screen never showed '$1'"
}

start() {
  # exec: the pane's process is qcat itself, so kill -9 hits it and not a shell.
  tmux new-session -d -s "$session" -x 80 -y 24 "cd '$work' && exec dotnet '$qcat' code --coder anna"
}

start
wait_for "[1/4]"
tmux send-keys -t "$session" 2 Enter Enter          # first dimension answered: now mid-unit
wait_for "[2/4]"
tmux send-keys -t "$session" m
wait_for "(Enter alone cancels)"
tmux send-keys -t "$session" -l "memo before the kill"
tmux send-keys -t "$session" Enter
wait_for "memo saved"

pid="$(tmux list-panes -t "$session" -F '#{pane_pid}')"
kill -9 "$pid" || fail "kill -9 $pid"
sleep 0.5
tmux kill-session -t "$session" 2>/dev/null

journal="$work/data/codings/anna.csv"
grep -q ',alpha.p001,azerbaijan_strategy,,memo before the kill,.*,memo$' "$journal" \
  || { sed 's/^/  | /' "$journal"; fail "the confirmed memo is not in $journal"; }

# Resuming opens the same dimension with the memo shown, and the next answer carries it.
start
wait_for "memo before the kill"
tmux send-keys -t "$session" n
wait_for "[3/4]"
tmux send-keys -t "$session" q
sleep 0.5
grep -q ',alpha.p001,azerbaijan_strategy,none,memo before the kill,.*,set$' "$journal" \
  || { sed 's/^/  | /' "$journal"; fail "the answer after resuming does not carry the memo"; }

echo "tmux kill test: passed (memo confirmed, kill -9 mid-unit, memo in the journal and carried by the next answer)"
