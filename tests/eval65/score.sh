#!/bin/sh
# Score the current engines on eval65 (English: people and institutions speaking in formal settings — parliaments, hearings, a court, an inquest, a council — in ten outlets' house styles):
#   tests/eval65/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval65/eval65.jsonl "$@"
