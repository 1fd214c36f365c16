#!/bin/sh
# Score the current engines on eval31 (BLIND set: aggregate only; tests/eval/score.sh refuses --errors):
#   tests/eval31/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval31/blind31.jsonl "$@"
