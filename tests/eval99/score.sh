#!/bin/sh
# Score the current engines on eval99 (English health, science and environment news in eight house styles: Irish Examiner, Boston Globe, Sydney Morning Herald, BBC News, The Guardian, RNZ, The Herald (Scotland), Reuters; written blind to the engine):
#   tests/eval99/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval99/eval99.jsonl "$@"
