#!/bin/sh
# Score the current engines on eval30 (English, quotes with speakers and source
# attributions in twelve national house styles; first contact):
#   tests/eval30/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval30/eval30.jsonl "$@"
