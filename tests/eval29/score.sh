#!/bin/sh
# Score the current engines on eval29 (Romanian quotes and speakers, first contact):
#   tests/eval29/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval29/eval29.jsonl "$@"
