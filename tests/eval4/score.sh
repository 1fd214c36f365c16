#!/bin/sh
# Score the current engines on the blind set (eval4; do not tune on it):
#   tests/eval4/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval4/blind4.jsonl "$@"
