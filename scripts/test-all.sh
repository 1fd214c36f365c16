#!/usr/bin/env bash
# Sets up what is missing, builds, and runs every test: Rust (unit, golden
# corpus, properties, limits, docs), the golden corpus again as wasm in
# headless Chromium, and the browser tests (demo, live pages, extension,
# native/wasm parity) in Debian's Chromium via Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "setup"
bash scripts/setup.sh --browser

step "build the wasm package"
bash scripts/build-wasm.sh

if [ -f scripts/build-extension.mjs ]; then
  step "build the extension"
  node scripts/build-extension.mjs
fi

step "Rust tests (native)"
cargo test --quiet

step "golden corpus and JS-string tests as wasm in headless Chromium"
wasm_tests=()
for f in tests/wasm_*.rs; do wasm_tests+=(--test "$(basename "$f" .rs)"); done
# The runner gives a test 20 s by default; the golden corpus in an unoptimised
# wasm build needs longer on a busy 2-core machine (seen: killed at 20 s).
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-300} \
  cargo test --target wasm32-unknown-unknown "${wasm_tests[@]}" -- --nocapture

step "browser tests (Playwright, Debian Chromium)"
shopt -s nullglob
node_tests=(tests/e2e/*.test.mjs tests/extension/*.test.mjs tests/parity/*.test.mjs)
if [ ${#node_tests[@]} -gt 0 ]; then
  node --test --test-concurrency=1 "${node_tests[@]}"
fi
