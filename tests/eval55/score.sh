#!/bin/sh
# Score the current engines on eval55 (English tuning set: everyday news from every desk, people and institutions speaking across ten national house styles; study its errors):
#   tests/eval55/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval55/eval55.jsonl "$@"
