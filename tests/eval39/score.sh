#!/bin/sh
# Score the current engines on eval39 (Romanian tuning set: speaker-heavy everyday news from every desk; study its errors):
#   tests/eval39/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval39/eval39.jsonl "$@"
