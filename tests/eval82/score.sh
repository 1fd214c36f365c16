#!/bin/sh
# Score the current engines on eval82 (English everyday local news, written blind from ANNOTATION.md: tornado, plagiarism dismissal, stadium sale, nurse bravery award, gas prices, missing child, e-scooter ban, courtroom outburst; AP, CBC, Lancashire Telegraph, News24, Chicago Tribune, IOL, Global News, BBC):
#   tests/eval82/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval82/eval82.jsonl "$@"
