#!/bin/sh
# Score the current engines on eval43 (English set: speaker-heavy everyday news from ten countries):
#   tests/eval43/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval43/eval43.jsonl "$@"
