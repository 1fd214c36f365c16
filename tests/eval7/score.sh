#!/bin/sh
# Score the current engines on eval7 (Romanian tuning set 2; study its errors):
#   tests/eval7/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval7/tune7.jsonl "$@"
