#!/bin/sh
# Score the current engines on eval40 (English tuning set: speaker-heavy everyday news from twelve countries; study its errors):
#   tests/eval40/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval40/eval40.jsonl "$@"
