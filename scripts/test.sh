#!/usr/bin/env bash
# Installs what is missing, builds everything (Release) into build/ and runs the
# whole test suite with ctest. Extra arguments go to ctest (e.g. -R Extract).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
configure_build -DNEWSARCHIVE_BUILD_TESTS=ON -DNEWSARCHIVE_BUILD_BENCH=ON
cmake --build "$BUILD_DIR" -j "$JOBS"
cd "$BUILD_DIR"
ctest --output-on-failure -j "$JOBS" "$@"
