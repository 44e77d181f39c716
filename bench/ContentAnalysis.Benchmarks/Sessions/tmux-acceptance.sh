#!/bin/bash
# Drives a real qcat coding session in tmux, as a new user would type it.
S=qc
k() { tmux send-keys -t $S "$@"; sleep 0.25; }
unit() { k 2 Enter Enter; k n; k 1 Enter Enter; k 4 Enter; }
tmux new-session -d -s $S -x 120 -y 40 "cd /tmp/qcat-try && dotnet /work/wt/sessions/src/ContentAnalysis.Cli/bin/Debug/net10.0/qcat.dll code --coder anna --sample rel; echo EXIT=\$?; sleep 600"
sleep 3
unit; unit; unit
k 3 '?'                       # look up category 3 of russia_role
tmux capture-pane -p -t $S > /tmp/qcat-accept-help.txt
k Escape
k m; k -l "Moscow hosts the talks here"; k Enter   # memo on unit 4
tmux capture-pane -p -t $S > /tmp/qcat-accept-memo.txt
unit; unit; unit
k b                          # back to unit 6 to change it
tmux capture-pane -p -t $S > /tmp/qcat-accept-back.txt
k Enter; k Enter; k Enter; k 2 Enter   # keep three, change tone to -1
unit; unit; unit; unit
k 1 Enter                    # unit 11: toggle a role ...
k Enter                      # ... confirm: role recorded, now in the middle of unit 11
tmux capture-pane -p -t $S > /tmp/qcat-accept-before-kill.txt
tmux kill-session -t $S      # the terminal dies mid-unit
sleep 1
tmux new-session -d -s $S -x 120 -y 40 "cd /tmp/qcat-try && dotnet /work/wt/sessions/src/ContentAnalysis.Cli/bin/Debug/net10.0/qcat.dll code --coder anna --sample rel; echo EXIT=\$?; sleep 600"
sleep 3
tmux capture-pane -p -t $S > /tmp/qcat-accept-resumed.txt
k q; sleep 1
tmux capture-pane -p -t $S > /tmp/qcat-accept-quit.txt
tmux kill-session -t $S
