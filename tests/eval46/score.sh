#!/bin/sh
# Score the current engines on eval46 (QUOTES-ONLY English tuning set: speaker-heavy news from African and Asian English-language outlets; numbers and sources are not annotated, read quote F1 and speaker accuracy only):
#   tests/eval46/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval46/eval46.jsonl "$@"
