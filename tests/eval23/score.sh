#!/bin/sh
# Score the current engines on eval23 (Romanian quotes-and-speakers evaluation set, first contact):
#   tests/eval23/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval23/eval23.jsonl "$@"
