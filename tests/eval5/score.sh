#!/bin/sh
# Score the current engines on eval5 (Romanian tuning set; study its errors):
#   tests/eval5/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval5/tune5.jsonl "$@"
