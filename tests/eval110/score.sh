#!/bin/sh
# Score the current engines on eval110 (English news from eight house styles: Guardian Australia Senate estimates, RTÉ hurling, BBC News NI court, US local TV tornado, PA rail strike, NZ Herald health, CBC wildfire, Sky cricket):
#   tests/eval110/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval110/eval110.jsonl "$@"
