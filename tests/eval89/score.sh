#!/bin/sh
# Score the current engines on eval89 (English US national political news in eight house styles: AP, Politico, The Hill, NPR, CNN, The Washington Post, Fox News, Reuters):
#   tests/eval89/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval89/eval89.jsonl "$@"
