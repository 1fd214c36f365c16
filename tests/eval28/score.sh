#!/bin/sh
# Score the current engines on eval28 (was blind until session 9; now a tuning set):
#   tests/eval28/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval28/blind28.jsonl "$@"
