#!/bin/sh
# Score the current engines on eval76 (English everyday news written blind from ANNOTATION.md: chemical leak, soldier's homecoming, school phone ban, celebrity divorce, earthquake abroad, rent control vote, lottery winner, pipeline protest; US/UK/Indian/Kenyan/Philippine outlets):
#   tests/eval76/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval76/eval76.jsonl "$@"
