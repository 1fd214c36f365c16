#!/bin/sh
# Score the current engines on eval74 (English everyday news from US/UK/New Zealand/Irish outlets written blind to the engine: bus crash, mayor's resignation, cancer drug approval, teacher strike, wildfire evacuation, tech layoffs, murder verdict, festival cancelled by a storm):
#   tests/eval74/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval74/eval74.jsonl "$@"
