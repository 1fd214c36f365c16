#!/bin/sh
# Score the current engines on eval57 (English tuning set: people and institutions speaking — hearings, press conferences, results call, ruling, votes, inquest, dispute — in ten national house styles; study its errors):
#   tests/eval57/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval57/eval57.jsonl "$@"
