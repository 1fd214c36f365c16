#!/bin/sh
# Score the current engines on eval84 (English US news in eight house styles: Reuters, NPR, The Washington Post, Axios, Bloomberg, The Oregonian, Politico, The Columbus Dispatch; written blind to the engine):
#   tests/eval84/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval84/eval84.jsonl "$@"
