#!/bin/sh
# Score the current engines on eval24 (English, source attributions in twelve new house styles; first contact):
#   tests/eval24/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval24/eval24.jsonl "$@"
