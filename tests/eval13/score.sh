#!/bin/sh
# Score the current engines on eval13 (English, source-heavy; first-contact set):
#   tests/eval13/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval13/tune13.jsonl "$@"
