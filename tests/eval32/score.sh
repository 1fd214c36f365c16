#!/bin/sh
# Score the current engines on eval32 (BLIND set: aggregate only; tests/eval/score.sh refuses --errors):
#   tests/eval32/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval32/blind32.jsonl "$@"
