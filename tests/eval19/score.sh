#!/bin/sh
# Score the current engines on eval19 (Romanian quotes-and-speakers evaluation set, first contact):
#   tests/eval19/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval19/eval19.jsonl "$@"
