#!/bin/sh
# Score the current engines on eval42 (English tuning set: speaker-heavy everyday news from the US, the UK, Ireland and Canada; study its errors):
#   tests/eval42/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval42/eval42.jsonl "$@"
