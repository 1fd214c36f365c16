#!/bin/sh
# Score the current engines on eval61 (English tuning set: everyday news from ten desks in ten house styles, speaker, number and source constructions; study its errors):
#   tests/eval61/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval61/eval61.jsonl "$@"
