#!/bin/sh
# Score the current engines on eval100 (English everyday news from every desk, written blind to the engine: Daily Mirror court verdict, Dublin rail strike in single quotes, Toronto Star arts-funding row, AP basketball, Chicago Tribune family bakery, Scotsman concert review, Economic Times rupee, Nation Kenya politics):
#   tests/eval100/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval100/eval100.jsonl "$@"
