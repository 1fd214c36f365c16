#!/bin/sh
# Score the current engines on eval69 (everyday US news — state and city politics, courts, schools, weather, health, local business, sports off the field — in ten US house styles: AP, NPR, USA Today, Politico, The Texas Tribune, Chicago Tribune, The Seattle Times, Axios Denver, KSDK, The Boston Globe):
#   tests/eval69/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval69/eval69.jsonl "$@"
