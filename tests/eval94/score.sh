#!/bin/sh
# Score the current engines on eval94 (English international news in eight house styles — Al Jazeera, DW, France 24, BBC News, Reuters, The Guardian, AP, The New York Times — on a ceasefire negotiation, refugees crossing a border, an earthquake rescue, a disputed election, an embassy row, a UN climate summit deadlock, a coup attempt and a hostage release):
#   tests/eval94/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval94/eval94.jsonl "$@"
