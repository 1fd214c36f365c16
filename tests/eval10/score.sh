#!/bin/sh
# Score the current engines on eval10 (BLIND set: do not read its texts or errors, do not tune on it):
#   tests/eval10/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval10/blind10.jsonl "$@"
