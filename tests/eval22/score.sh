#!/bin/sh
# Score the current engines on eval22 (blind set: aggregate only, never --errors):
#   tests/eval22/score.sh [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval22/blind22.jsonl "$@"
