#!/bin/sh
# Score the current engines on eval28 (BLIND set: aggregate only, never --errors):
#   tests/eval28/score.sh [--json]
for a in "$@"; do
    if [ "$a" = "--errors" ]; then
        echo "eval28 is blind: score it only as an aggregate (no --errors)" >&2
        exit 2
    fi
done
exec "$(dirname "$0")/../eval/score.sh" tests/eval28/blind28.jsonl "$@"
