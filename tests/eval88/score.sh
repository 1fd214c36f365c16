#!/bin/sh
# Score the current engines on eval88 (English everyday local/regional US news in eight house styles: The Boston Globe, Chicago Sun-Times, Tampa Bay Times, ESPN, Los Angeles Times, USA Today, The New York Times, The Texas Tribune; written blind from ANNOTATION.md):
#   tests/eval88/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval88/eval88.jsonl "$@"
