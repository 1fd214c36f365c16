#!/bin/sh
# Score the current engines on eval20 (English, source attributions; first contact):
#   tests/eval20/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval20/eval20.jsonl "$@"
