#!/bin/sh
# Score the current engines on eval95 (English press conferences, hearings and meetings in eight house styles: Derby Telegraph/LDRS, AP, Milwaukee Journal Sentinel, Irish Times, ABC News, The Herald, Waterloo Region Record, Sowetan):
#   tests/eval95/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval95/eval95.jsonl "$@"
