#!/bin/sh
# Score the current engines on eval104 (English everyday news in US, UK, Irish, Canadian, Australian and South African house styles: AP, Irish Examiner, AAP, The Canadian Press, News24, The Guardian, Idaho Capital Sun, BBC News), written blind to the engine:
#   tests/eval104/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval104/eval104.jsonl "$@"
