#!/bin/sh
# Score the current engines on eval36 (English tuning set: everyday news from every desk, speaker constructions across national house styles; study its errors):
#   tests/eval36/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval36/eval36.jsonl "$@"
