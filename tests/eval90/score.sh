#!/bin/sh
# Score the current engines on eval90 (English science, health, environment and technology news in eight house styles: BBC News, The Guardian, STAT News, The Verge, Bloomberg, CBC News, Sky News, The Independent):
#   tests/eval90/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval90/eval90.jsonl "$@"
