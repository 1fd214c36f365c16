#!/usr/bin/env bash
# Benchmarks: prints figures, never fails on speed.
#   native analyze throughput, wasm in Chromium vs compromise + wasm size,
#   per-engine and pathological inputs, the live-page drawing benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
bash scripts/build-wasm.sh
corpus=$(node bench/corpus.mjs 1000000)
printf '\n== native analyze (sourcelight bench, release build)\n'
cargo run --quiet --profile bench-native --bin sourcelight -- bench --repeat 5 "$corpus"
printf '\n== wasm in headless Chromium vs compromise\n'
node bench/engine.mjs "$corpus"
if [ -f examples/pathological.rs ]; then
  printf '\n== engines and pathological inputs (native)\n'
  cargo run --quiet --profile bench-native --example pathological
fi
if [ -f bench/live-page.mjs ]; then
  printf '\n== live page: drawing a 1 MB article in Chromium\n'
  node bench/live-page.mjs
fi
