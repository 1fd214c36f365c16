#!/bin/sh
# Score the current engines on eval34 (English tuning set: speaker-heavy world news; study its errors):
#   tests/eval34/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval34/eval34.jsonl "$@"
