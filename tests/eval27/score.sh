#!/bin/sh
# Score the current engines on eval27 (was blind until session 9; now a tuning set):
#   tests/eval27/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval27/blind27.jsonl "$@"
