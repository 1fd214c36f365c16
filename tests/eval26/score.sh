#!/bin/sh
# Score the current engines on eval26 (BLIND set: aggregate only; tests/eval/score.sh refuses --errors):
#   tests/eval26/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval26/blind26.jsonl "$@"
