#!/bin/sh
# Score the current engines on eval17 (English, quote-span precision; first contact):
#   tests/eval17/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval17/eval17.jsonl "$@"
