#!/bin/sh
# Score the current engines on eval91 (English courts, crime and emergencies news in eight house styles: BBC News, The Times, CBS News, Toronto Star, News24, The Irish Times, ABC News (Australia), New York Daily News):
#   tests/eval91/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval91/eval91.jsonl "$@"
