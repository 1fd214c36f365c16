#!/bin/sh
# Score the current engines on eval63 (English set: regional papers, tabloids and English-language papers outside the US/UK, speaker constructions across house styles; study its errors):
#   tests/eval63/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval63/eval63.jsonl "$@"
