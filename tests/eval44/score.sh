#!/bin/sh
# Score the current engines on eval44 (QUOTES-ONLY English tuning set: speaker-heavy news from US and Canadian outlets; numbers and sources are not annotated, read quote F1 and speaker accuracy only):
#   tests/eval44/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval44/eval44.jsonl "$@"
