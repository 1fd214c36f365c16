#!/bin/sh
# Score the current engines on eval28 (BLIND set: aggregate only; tests/eval/score.sh refuses --errors):
#   tests/eval28/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval28/blind28.jsonl "$@"
