#!/bin/sh
# Score the current engines on eval35 (Romanian tuning set, speakers and sources; study its errors):
#   tests/eval35/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval35/eval35.jsonl "$@"
