#!/bin/sh
# Score the current engines on eval21 (Romanian, source attributions; first contact):
#   tests/eval21/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval21/eval21.jsonl "$@"
