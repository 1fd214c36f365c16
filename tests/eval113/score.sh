#!/bin/sh
# Score the current engines on eval113 (Australian, New Zealand, Canadian and South African everyday news in eight house styles: SMH, Stuff, Globe and Mail, ABC, RNZ, Daily Maverick, CBC, The Australian):
#   tests/eval113/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval113/eval113.jsonl "$@"
