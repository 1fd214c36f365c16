#!/bin/sh
# Score the current engines on eval114 (US news in eight house styles: Chicago Tribune, AP, Boston Globe, The Denver Post, Politico, The Seattle Times, NPR, ESPN):
#   tests/eval114/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval114/eval114.jsonl "$@"
