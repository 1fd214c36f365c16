#!/bin/sh
# Score the current engines on eval41 (Romanian tuning set: speaker-heavy everyday news from twelve Romanian and Moldovan outlets; study its errors):
#   tests/eval41/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval41/eval41.jsonl "$@"
