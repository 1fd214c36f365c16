#!/bin/sh
# Score the current engines on eval53 (English tuning set: everyday news from every desk, ten national house styles with speaker, number and source constructions; study its errors):
#   tests/eval53/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval53/eval53.jsonl "$@"
