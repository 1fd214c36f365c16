#!/bin/sh
# Score the current engines on eval85 (English local and regional news from Ireland, Scotland, India and Nigeria in eight house styles: RTÉ News, The Irish Times, The Scotsman, BBC Scotland, The Hindu, Hindustan Times, Punch, Premium Times):
#   tests/eval85/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval85/eval85.jsonl "$@"
