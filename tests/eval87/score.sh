#!/bin/sh
# Score the current engines on eval87 (English everyday world news written blind from ANNOTATION.md: Italian aftershock, Kenyan doping ban, Philippine relief convoy, Brazilian dam inspection, JR East apology, La Ronge wildfire return, Leros water shortage, Guanajuato debate; Reuters, AP, AFP, Al Jazeera, CBC News, Kyodo News, The Japan Times, Nation):
#   tests/eval87/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval87/eval87.jsonl "$@"
