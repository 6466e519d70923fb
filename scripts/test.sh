#!/usr/bin/env bash
# Installs what is missing, builds everything (Release) into build/ and runs the
# whole test suite with ctest. Extra arguments go to ctest (e.g. -R Extract).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
# NEWSARCHIVE_CMAKE_ARGS: extra cmake options (CI passes -DNEWSARCHIVE_WERROR=ON).
# shellcheck disable=SC2086
configure_build -DNEWSARCHIVE_BUILD_TESTS=ON -DNEWSARCHIVE_BUILD_BENCH=ON ${NEWSARCHIVE_CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" -j "$JOBS"
cd "$BUILD_DIR"
ctest --output-on-failure -j "$JOBS" "$@"
