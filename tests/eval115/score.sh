#!/bin/sh
# Score the current engines on eval115 (UK, Irish, Australian and South African news in eight house styles: Guardian, BBC News, Irish Independent, The Scotsman, Sky News, SMH, ABC News, News24):
#   tests/eval115/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval115/eval115.jsonl "$@"
