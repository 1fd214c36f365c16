#!/bin/sh
# Score the current engines on eval16 (BLIND set: report only the aggregate, never tune on it):
#   tests/eval16/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval16/blind16.jsonl "$@"
