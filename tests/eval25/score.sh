#!/bin/sh
# Score the current engines on eval25 (Romanian everyday news front page; first contact):
#   tests/eval25/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval25/eval25.jsonl "$@"
