#!/bin/sh
# Score the current engines on eval80 (English everyday news — hit-and-run appeal, food recall, filibuster, marathon upset, school measles outbreak, restaurant closure, prison escape, motorway climate protest — in BBC, ABC, AP, The Age, Seattle Times, MEN, CBS News and Guardian styles):
#   tests/eval80/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval80/eval80.jsonl "$@"
