#!/bin/sh
# Score the current engines on eval72 (English everyday news written blind from ANNOTATION.md: flood, tuition rise, police-shooting inquiry, local election count, panda cubs, factory closure, charity marathon, drought relief; ABC, SMH, CBC, Irish Independent, AP, Canadian Press, RTÉ, Guardian Australia):
#   tests/eval72/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval72/eval72.jsonl "$@"
