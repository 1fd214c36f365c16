#!/bin/sh
# Score the current engines on eval93 (English business and economy news in eight house styles: FT, WSJ, CNBC, BBC News, The Guardian, Reuters, Business Insider, Irish Independent; written blind to the engine):
#   tests/eval93/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval93/eval93.jsonl "$@"
