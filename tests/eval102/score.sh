#!/bin/sh
# Score the current engines on eval102 (English institutional news — Q&A without quote marks, council meeting, NGO report, quarterly results, EU press conference, hospital strike, university study, legislature hearing — in Canadian Press, Irish Times, Tampa Bay Times, Reuters, BBC and Houston Chronicle-like styles):
#   tests/eval102/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval102/eval102.jsonl "$@"
