#!/bin/sh
# Score the current engines on eval56 (Romanian set: people and institutions speaking, source attributions of every shape across ten national and county house styles; study its errors):
#   tests/eval56/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval56/eval56.jsonl "$@"
