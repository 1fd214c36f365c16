#!/bin/sh
# Score the current engines on eval81 (English everyday news written blind to the engine: ferry sinking, pop concert cancelled, mayor's bribery arrest, hospital wing opened, rice farmers' import protest, bank data breach, teenage chess grandmaster, water company sewage fine; Inquirer, Irish Independent, Hindustan Times, Punch, Rappler, Vanguard, PTI, BBC):
#   tests/eval81/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval81/eval81.jsonl "$@"
