#!/bin/sh
# Score the current engines on eval9 (English US-politics-heavy tuning set; study its errors):
#   tests/eval9/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval9/tune9.jsonl "$@"
