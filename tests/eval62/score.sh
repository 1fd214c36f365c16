#!/bin/sh
# Score the current engines on eval62 (English set: wire services' and broadcasters' websites — AFP, Bloomberg, NPR, CBC, RTÉ, Sky News, ABC News, DW, The Japan Times, The Straits Times — every desk, speaker constructions in each house style):
#   tests/eval62/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval62/eval62.jsonl "$@"
