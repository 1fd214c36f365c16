#!/bin/sh
# Score the current engines on eval51 (QUOTES-ONLY English tuning set; numbers and sources are not annotated, read quote F1 and speaker accuracy only):
#   tests/eval51/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval51/eval51.jsonl "$@"
