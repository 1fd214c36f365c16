#!/bin/sh
# Score the current engines on eval75 (English everyday news written blind to the engine, from ANNOTATION.md alone: bridge closure, rugby relegation, pensioner scam, prison riot, heatwave, refugee family, supermarket price war, by-election; UK/Australian/South African/Canadian house styles):
#   tests/eval75/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval75/eval75.jsonl "$@"
