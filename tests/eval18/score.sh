#!/bin/sh
# Score the current engines on eval18 (Romanian speaker-heavy evaluation set, first contact):
#   tests/eval18/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval18/eval18.jsonl "$@"
