#!/bin/sh
# Score the current engines on eval108 (eight everyday English news articles from US/UK/Irish/Australian desks — AP state politics, MEN council planning, Irish Independent health, The Age courts, Guardian football, NYT science, Irish Times culture, ABC business — written blind from ANNOTATION.md):
#   tests/eval108/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval108/eval108.jsonl "$@"
