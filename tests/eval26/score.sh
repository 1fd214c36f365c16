#!/bin/sh
# Score the current engines on eval26 (BLIND set: aggregate only, never --errors):
#   tests/eval26/score.sh [--json]
for a in "$@"; do
    if [ "$a" = "--errors" ]; then
        echo "eval26 is blind: score it only as an aggregate (no --errors)" >&2
        exit 2
    fi
done
exec "$(dirname "$0")/../eval/score.sh" tests/eval26/blind26.jsonl "$@"
