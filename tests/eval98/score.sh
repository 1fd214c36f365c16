#!/bin/sh
# Score the current engines on eval98 (English local news and politics: KXAN school-board vote, Star Tribune committee fight, The Press mayoral debate, Huddersfield Examiner bins row, The Kerryman pool closure, Hamilton Spectator crash, Oxford Mail planning appeal, The Punch Reps vote):
#   tests/eval98/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval98/eval98.jsonl "$@"
