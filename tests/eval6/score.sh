#!/bin/sh
# Score the current engines on the tuning set (eval6; English, speakers and sources; study its errors freely):
#   tests/eval6/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval6/tune6.jsonl "$@"
