#!/bin/sh
# Score the current engines on eval86 (English UK regional and national news in eight house styles: BBC News, WalesOnline, Manchester Evening News, Belfast Telegraph, Yorkshire Post, The Herald, Evening Standard, The Guardian; written blind to the engine):
#   tests/eval86/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval86/eval86.jsonl "$@"
