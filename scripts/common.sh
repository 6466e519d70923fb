# Shared by run.sh and test.sh: install what is missing, configure, build.
# Sourced, not executed.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${NEWSARCHIVE_BUILD_DIR:-$REPO_DIR/build}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Debian 12 packages the program needs to build and run.
RUNTIME_PACKAGES=(
  build-essential cmake pkg-config ccache ca-certificates publicsuffix
  libcurl4-openssl-dev libgumbo-dev libsqlite3-dev libspdlog-dev libcli11-dev
  nlohmann-json3-dev libpugixml-dev libtomlplusplus-dev libpsl-dev libuchardet-dev
  libzstd-dev zlib1g-dev libbrotli-dev libssl-dev libidn2-dev
)
# ... and what the tests and benchmarks add.
TEST_PACKAGES=(libgtest-dev libgmock-dev libbenchmark-dev libcpp-httplib-dev)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "newsarchive: need root (or sudo) to install packages: $*" >&2; return 1; fi
}

ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "newsarchive: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q >&2
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

# configure_build [cmake -D options...]: configures when there is no cache yet or
# when options are given; cmake --build then rebuilds only what is stale.
configure_build() {
  if [ ! -f "$BUILD_DIR/CMakeCache.txt" ] || [ $# -gt 0 ]; then
    cmake -S "$REPO_DIR" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release "$@" >&2
  fi
}
