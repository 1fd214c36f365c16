#!/bin/sh
# Score the current engines on eval33 (BLIND set: aggregate only; tests/eval/score.sh refuses --errors):
#   tests/eval33/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval33/blind33.jsonl "$@"
