#!/bin/sh
# Score the current engines on eval112 (US everyday news in eight house styles, written blind to the engine: AP state politics, KSDK local TV fire, Washington Post schools, NYT science, ESPN NBA, Chicago Tribune police shooting, WSJ merger, LA Times film festival):
#   tests/eval112/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval112/eval112.jsonl "$@"
