#!/bin/sh
# Score the current engines on eval52 (QUOTES-ONLY English tuning set; numbers and sources are not annotated, read quote F1 and speaker accuracy only):
#   tests/eval52/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval52/eval52.jsonl "$@"
