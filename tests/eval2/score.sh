#!/bin/sh
# Score the current engines on the blind set (eval2; do not tune on it):
#   tests/eval2/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval2/heldout2.jsonl "$@"
