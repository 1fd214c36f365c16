#!/bin/sh
# Score the current engines on eval38 (English tuning set: speaker-heavy everyday news from ten countries; study its errors):
#   tests/eval38/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval38/eval38.jsonl "$@"
