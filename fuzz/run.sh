#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + coverage) into build-fuzz/
# and runs each for SECONDS (default 60), one after another. Usage:
#   fuzz/run.sh [SECONDS] [TARGET...]
# The seed corpora in fuzz/corpus/<target>/ are copied into a working corpus under
# the build dir, which grows across runs; the repository's seeds stay as written.
# Crashes, leaks, timeouts and out-of-memory inputs land in build-fuzz/artifacts/<target>/.
# Exits 1 when any target produced a finding, listing the files.
set -uo pipefail
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${NEWSARCHIVE_FUZZ_BUILD_DIR:-$REPO_DIR/build-fuzz}"
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(extract feed robots url dates)

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$REPO_DIR" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNEWSARCHIVE_FUZZ=ON -DNEWSARCHIVE_BUILD_TESTS=OFF -DNEWSARCHIVE_BUILD_BENCH=OFF >&2 || exit 2
fi
names=()
for t in "${TARGETS[@]}"; do names+=("fuzz_$t"); done
cmake --build "$BUILD_DIR" --target "${names[@]}" -j "${JOBS:-2}" >&2 || exit 2

found=0
for t in "${TARGETS[@]}"; do
  corpus="$BUILD_DIR/corpus/$t"
  artifacts="$BUILD_DIR/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  cp -n "$REPO_DIR/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null || true
  log="$BUILD_DIR/fuzz_$t.log"
  echo "fuzz_$t: ${SECONDS_EACH}s (log $log)" >&2
  # -timeout: one input slower than 20 s is a finding (a hang on hostile input).
  "$BUILD_DIR/fuzz/fuzz_$t" "$corpus" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 \
    -max_len="${FUZZ_MAX_LEN:-65536}" -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1
  rc=$?
  grep -E '^stat::number_of_executed_units|^#[0-9]+ +DONE' "$log" | tail -2 | sed "s/^/  fuzz_$t: /" >&2
  if [ $rc -ne 0 ] || compgen -G "$artifacts/*" >/dev/null; then
    found=1
    echo "fuzz_$t: FINDING (exit $rc):" >&2
    ls -1 "$artifacts" | sed 's/^/  /' >&2
    grep -m3 -E 'ERROR: |runtime error:|SUMMARY:' "$log" | sed 's/^/  /' >&2
  fi
done
[ $found -eq 0 ] && echo "fuzz: no findings" >&2
exit $found
