#!/bin/sh
# Score the current engines on eval2 (a tuning set since session 2):
#   tests/eval2/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval2/heldout2.jsonl "$@"
