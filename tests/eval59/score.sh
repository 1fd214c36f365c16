#!/bin/sh
# Score the current engines on eval59 (English set: everyday news from ten desks in ten national house styles, speaker and source constructions):
#   tests/eval59/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval59/eval59.jsonl "$@"
