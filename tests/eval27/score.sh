#!/bin/sh
# Score the current engines on eval27 (BLIND set: aggregate only; tests/eval/score.sh refuses --errors):
#   tests/eval27/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval27/blind27.jsonl "$@"
