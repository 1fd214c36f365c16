#!/bin/sh
# Score the current engines on eval73 (English everyday news written blind from ANNOTATION.md: AP, BBC, Daily Maverick, The Guardian, Hindustan Times, AJC, IOL, NDTV — an emergency landing, school bullying, a tenants' protest, a sleep study, a football transfer, storm outages, a reunited dog, a parliamentary expenses row):
#   tests/eval73/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval73/eval73.jsonl "$@"
