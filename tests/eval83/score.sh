#!/bin/sh
# Score the current engines on eval83 (English Australian and New Zealand everyday news written blind from ANNOTATION.md: ABC News, SMH, AAP, RNZ, 9News, Guardian Australia, Stuff, SBS News):
#   tests/eval83/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval83/eval83.jsonl "$@"
