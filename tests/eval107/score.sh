#!/bin/sh
# Score the current engines on eval107 (English everyday news in eight house styles: NZ Herald, Belfast Telegraph, The Seattle Times, The Scotsman, AP, Sky News, The Age, Irish Examiner; written blind to the engine):
#   tests/eval107/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval107/eval107.jsonl "$@"
