#!/bin/sh
# Score the current engines on eval14 (Romanian source-heavy set, 12 house styles; first contact):
#   tests/eval14/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval14/tune14.jsonl "$@"
