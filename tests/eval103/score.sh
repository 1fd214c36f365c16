#!/bin/sh
# Score the current engines on eval103 (English everyday news across desks in US wire, US local, UK, Irish and Australian house styles: BBC, Yorkshire Post/LDRS, RTÉ, Irish Times, ABC, AAP, AP, Richmond Times-Dispatch):
#   tests/eval103/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval103/eval103.jsonl "$@"
