#!/bin/sh
# Score the current engines on eval45 (QUOTES-ONLY English tuning set: speaker-heavy news from UK, Irish, Australian, New Zealand and South African outlets; numbers and sources are not annotated, read quote F1 and speaker accuracy only):
#   tests/eval45/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval45/eval45.jsonl "$@"
