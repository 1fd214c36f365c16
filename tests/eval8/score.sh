#!/bin/sh
# Score the current engines on eval8 (Romanian tuning set 3, 12 genres; study its errors):
#   tests/eval8/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval8/tune8.jsonl "$@"
