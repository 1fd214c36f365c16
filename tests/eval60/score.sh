#!/bin/sh
# Score the current engines on eval60 (English set: people and institutions speaking, ten desks in ten house styles; quotes with their speakers, numbers, sources):
#   tests/eval60/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval60/eval60.jsonl "$@"
