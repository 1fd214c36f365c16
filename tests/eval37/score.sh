#!/bin/sh
# Score the current engines on eval37 (Romanian tuning set: everyday news from every desk, speakers and sources; study its errors):
#   tests/eval37/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval37/eval37.jsonl "$@"
