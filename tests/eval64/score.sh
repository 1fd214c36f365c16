#!/bin/sh
# Score the current engines on eval64 (English, US local and national house styles: legislature, courts, schools, housing, wildfire, college sports, business, investigation, profile, Q&A):
#   tests/eval64/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval64/eval64.jsonl "$@"
