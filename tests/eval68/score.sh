#!/bin/sh
# Score the current engines on eval68 (everyday UK and Irish news in ten house styles: BBC News, The Irish Times, RTÉ News, Manchester Evening News, WalesOnline, The Scotsman, Yorkshire Post, The Guardian, Sky News, ITV News):
#   tests/eval68/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval68/eval68.jsonl "$@"
