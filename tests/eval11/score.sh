#!/bin/sh
# Score the current engines on eval11 (Romanian quotes-and-speakers set; study its errors):
#   tests/eval11/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval11/tune11.jsonl "$@"
