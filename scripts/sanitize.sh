#!/usr/bin/env bash
# Builds the test suite with AddressSanitizer + UndefinedBehaviorSanitizer
# (RelWithDebInfo at -O1) into build-asan/ and runs it with ctest. Any sanitizer
# report fails the test that triggered it (halt_on_error, no recovery from UB).
# Extra arguments go to ctest (e.g. -R Fault).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BUILD_DIR="${NEWSARCHIVE_ASAN_BUILD_DIR:-$REPO_DIR/build-asan}"
ensure_packages "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S "$REPO_DIR" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DNEWSARCHIVE_SANITIZE=ON -DNEWSARCHIVE_BUILD_TESTS=ON -DNEWSARCHIVE_BUILD_BENCH=OFF >&2
fi
cmake --build "$BUILD_DIR" -j "$JOBS"
cd "$BUILD_DIR"
# detect_leaks: the program must not leak either. The binary under test inherits these.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# Known findings in files this suite's owner may not change, each reported with its
# exact fix in docs/RELIABILITY.md. They still run (first, so the summary below is the
# suite's) and are printed, but do not fail the run. Empty the list once fixed.
KNOWN_FINDINGS=''
if [ -n "$KNOWN_FINDINGS" ]; then
  if ctest --output-on-failure -R "$KNOWN_FINDINGS" >/tmp/newsarchive-known-findings.$$ 2>&1; then
    echo "sanitize: the known findings ($KNOWN_FINDINGS) now pass: remove them from scripts/sanitize.sh" >&2
  else
    echo "sanitize: KNOWN FINDING still present (docs/RELIABILITY.md): $KNOWN_FINDINGS" >&2
    grep -m1 -E "ERROR: AddressSanitizer|runtime error" /tmp/newsarchive-known-findings.$$ >&2 || true
  fi
  rm -f /tmp/newsarchive-known-findings.$$
  ctest --output-on-failure -j "$JOBS" -E "$KNOWN_FINDINGS" "$@"
else
  ctest --output-on-failure -j "$JOBS" "$@"
fi
