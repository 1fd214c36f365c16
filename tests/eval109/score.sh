#!/bin/sh
# Score the current engines on eval109 (English everyday news written blind from ANNOTATION.md: AP bail hearing, Canadian Press quarterly results, ABC AFL press conference, Irish Times homelessness report, News24 service-delivery protest, BBC food-prices explainer, Houston police press conference, Idaho Statesman budget vote):
#   tests/eval109/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval109/eval109.jsonl "$@"
