#!/bin/sh
# Score the current engines on eval105 (English everyday news in eight house styles, written blind to the engine: AP state legislature, Star Tribune school board, BBC NHS waiting list, RTÉ sentencing, SMH state budget, Irish Independent GAA report, Telegraph science study, ABC regional arts festival):
#   tests/eval105/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval105/eval105.jsonl "$@"
