#!/bin/sh
# Score the current engines on eval15 (English speaker-heavy genres, first-contact set):
#   tests/eval15/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval15/tune15.jsonl "$@"
