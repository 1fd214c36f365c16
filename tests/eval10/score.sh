#!/bin/sh
# Score the current engines on eval10 (was blind until session 8; now a tuning set):
#   tests/eval10/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval10/blind10.jsonl "$@"
