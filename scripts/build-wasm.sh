#!/usr/bin/env bash
# Builds www/pkg/: the wasm module and its ES-module bindings, size-optimised.
set -euo pipefail
cd "$(dirname "$0")/.."
# The shipped module rebuilds the standard library with its size-optimised
# code paths (core's `optimize_for_size`), without panic locations
# (`-Zlocation-detail=none`: a panic still reports its message, not the
# file:line), without `Debug` formatting (`-Zfmt-debug=none`: `{:?}` prints
# nothing, so no message the library shows may use it) and without rustc's
# own MIR optimisations (`-Zmir-opt-level=0`: LLVM, at opt-level "z", and
# wasm-opt still optimise everything; the MIR passes mostly duplicated code
# for speed: 0.66 KB less gzipped module, same output). Together with the one
# shared sort (src/order.rs) and lowercasing in code (src/case.rs), that keeps
# the module within its 150 KB gzipped budget (2026-11-30: over 152 KB with
# the prebuilt std, 147.7 KB rebuilt). Rebuilding std needs the rust-src
# component (scripts/setup.sh adds it) and cargo's -Z build-std, which stable
# cargo accepts under RUSTC_BOOTSTRAP=1 for this one command. Without rust-src,
# or with SOURCELIGHT_PREBUILT_STD=1, the prebuilt std is used: same
# behaviour, a bigger module. Its own target dir keeps the test builds'
# artifacts apart.
sysroot=$(rustc --print sysroot)
if [ -z "${SOURCELIGHT_PREBUILT_STD:-}" ] && [ -d "$sysroot/lib/rustlib/src/rust/library" ]; then
  RUSTC_BOOTSTRAP=1 RUSTFLAGS="${RUSTFLAGS:-} -Zlocation-detail=none -Zfmt-debug=none -Zmir-opt-level=0" cargo build --release --target wasm32-unknown-unknown --lib --quiet \
    --target-dir target/shipped -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size
  module=target/shipped/wasm32-unknown-unknown/release/sourcelight.wasm
else
  echo "build-wasm: rust-src is not installed (rustup component add rust-src): using the prebuilt std, the module will be larger" >&2
  cargo build --release --target wasm32-unknown-unknown --lib --quiet
  module=target/wasm32-unknown-unknown/release/sourcelight.wasm
fi
rm -rf www/pkg.tmp
wasm-bindgen --target web --out-dir www/pkg.tmp "$module"
# --low-memory-unused: wasm-opt may fold a constant added to an address into
# the load's offset, which is only equivalent if no address wraps into the
# lowest 1 KiB. Rust's linker puts the stack first (it grows down from 1 MiB
# towards 0) and the data above it, so that kilobyte is reached only by a
# stack within 1 KiB of overflowing: 1.7 KB less gzipped module, same output.
# -ocimfs 20: a function with one caller is inlined only when it is small
# (wasm-opt's default inlines it at any size): the big single-use functions
# merged into their callers compressed worse (measured 2026-11-30: 0 → 2.49
# KB, 20 → 2.85 KB, 60 → 1.96 KB less gzipped than the default; same output).
# --gufa-optimizing (after the -Oz passes): binaryen's whole-module flow
# analysis, which finds values that reach a local, a parameter or a global
# only as one constant, then optimises with them; sound (exports' parameters
# count as anything): 0.13 KB less gzipped, the same analyze output on every
# tuning set, dev and the corpus (2026-12-01).
node_modules/.bin/wasm-opt ${WASM_OPT_LEVEL:--Oz} --converge --low-memory-unused -ocimfs 20 --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --strip-producers --strip-target-features --gufa-optimizing \
  www/pkg.tmp/sourcelight_bg.wasm -o www/pkg.tmp/sourcelight_bg.wasm
# The functions laid out so that similar ones sit together, for gzip's 32 KiB
# window (scripts/order-functions.mjs picks the order and names each function
# by its place; wasm-opt sorts by those names and drops them): 0.6–0.8 KB
# less gzipped, the same code.
node scripts/order-functions.mjs www/pkg.tmp/sourcelight_bg.wasm www/pkg.tmp/ordered.wasm
node_modules/.bin/wasm-opt --reorder-functions-by-name --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg.tmp/ordered.wasm -o www/pkg.tmp/sourcelight_bg.wasm
rm www/pkg.tmp/ordered.wasm
rm -rf www/pkg && mv www/pkg.tmp www/pkg
# The gzipped figure as the benchmark (and the budget) measures it: node's
# zlib at level 9, which differs from gzip(1) by about a kilobyte.
printf 'build: www/pkg/sourcelight_bg.wasm %s bytes, %s gzipped (budget 153600)\n' \
  "$(wc -c < www/pkg/sourcelight_bg.wasm)" \
  "$(node -e "process.stdout.write(String(require('zlib').gzipSync(require('fs').readFileSync('www/pkg/sourcelight_bg.wasm'),{level:9}).length))")"
