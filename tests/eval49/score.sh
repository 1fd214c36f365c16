#!/bin/sh
# Score the current engines on eval49 (QUOTES-ONLY English tuning set; numbers and sources are not annotated, read quote F1 and speaker accuracy only):
#   tests/eval49/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval49/eval49.jsonl "$@"
