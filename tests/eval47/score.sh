#!/bin/sh
# Score the current engines on eval47 (QUOTES-ONLY English tuning set: speaker-heavy news from wire services and regional papers; numbers and sources are not annotated, read quote F1 and speaker accuracy only):
#   tests/eval47/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval47/eval47.jsonl "$@"
