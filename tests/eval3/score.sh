#!/bin/sh
# Score the current engines on the tuning set (eval3; study its errors freely):
#   tests/eval3/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval3/tune3.jsonl "$@"
