#!/bin/sh
# Score the current engines on eval4 (was blind until session 8; now a tuning set):
#   tests/eval4/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval4/blind4.jsonl "$@"
