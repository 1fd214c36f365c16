#!/bin/sh
# Score the current engines on eval58 (Romanian set: everyday news from ten house styles, people and institutions speaking, many source attributions):
#   tests/eval58/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval58/eval58.jsonl "$@"
