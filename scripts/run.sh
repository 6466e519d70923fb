#!/usr/bin/env bash
# Installs what is missing, builds newsarchive (Release) into build/ when stale,
# then runs build/newsarchive with the given arguments.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${RUNTIME_PACKAGES[@]}"
if [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
  configure_build
else
  configure_build -DNEWSARCHIVE_BUILD_TESTS=OFF -DNEWSARCHIVE_BUILD_BENCH=OFF
fi
cmake --build "$BUILD_DIR" --target newsarchive -j "$JOBS" >&2
exec "$BUILD_DIR/newsarchive" "$@"
