#!/usr/bin/env bash
# Builds www/pkg/: the wasm module and its ES-module bindings, size-optimised.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --target wasm32-unknown-unknown --lib --quiet
rm -rf www/pkg.tmp
wasm-bindgen --target web --out-dir www/pkg.tmp target/wasm32-unknown-unknown/release/sourcelight.wasm
node_modules/.bin/wasm-opt ${WASM_OPT_LEVEL:--Oz} --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg.tmp/sourcelight_bg.wasm -o www/pkg.tmp/sourcelight_bg.wasm
rm -rf www/pkg && mv www/pkg.tmp www/pkg
printf 'build: www/pkg/sourcelight_bg.wasm %s bytes, %s gzipped\n' \
  "$(wc -c < www/pkg/sourcelight_bg.wasm)" "$(gzip -9c www/pkg/sourcelight_bg.wasm | wc -c)"
