#!/bin/sh
# Score the current engines on eval78 (English everyday US local and national news: a sheriff's bar-shooting investigation, a state abortion vote, a hurricane landfall with FEMA, a fired college football coach, a teachers' contract deal, auto-plant layoffs, a wrongful-conviction exoneration, a council fight over a homeless shelter; written blind to the engine):
#   tests/eval78/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval78/eval78.jsonl "$@"
