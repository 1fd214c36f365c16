#!/bin/sh
# Score the current engines on eval27 (BLIND set: aggregate only, never --errors):
#   tests/eval27/score.sh [--json]
for a in "$@"; do
    if [ "$a" = "--errors" ]; then
        echo "eval27 is blind: score it only as an aggregate (no --errors)" >&2
        exit 2
    fi
done
exec "$(dirname "$0")/../eval/score.sh" tests/eval27/blind27.jsonl "$@"
