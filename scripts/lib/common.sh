# Shared by the scripts: where things are, and installing what they need (idempotent).
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_NATIVE="$ROOT/build"
BUILD_WASM="$ROOT/build-wasm"
BUILD_ASAN="$ROOT/build-asan"
DIST="$ROOT/dist"
# Emscripten's JS optimizer (Debian package) finds acorn only through NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

# Each step with the seconds since the script started (scripts/test should stay well under 20 min).
say() { printf '\033[1m==> %s\033[0m (%d s)\n' "$*" "$SECONDS"; }

# Debian packages the project builds and tests with; installs only the missing ones.
ensure_packages() {
  local wanted=(cmake ninja-build g++ emscripten nlohmann-json3-dev libgtest-dev googletest
                chromium firefox-esr "$@")
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # Node may come from elsewhere than Debian (this machine's image has its own); only install
  # Debian's when there is none at all.
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if ((${#missing[@]})); then
    say "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# npm packages pinned in package-lock.json; reinstalled only when the lock file changed.
ensure_node_modules() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    say "installing npm packages (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

build_native() {
  say "building native core, CLI and tests ($BUILD_NATIVE)"
  [ -f "$BUILD_NATIVE/build.ninja" ] ||
    cmake -S "$ROOT" -B "$BUILD_NATIVE" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRECIS_BUILD_TESTS=ON >/dev/null
  cmake --build "$BUILD_NATIVE"
}

# The GoogleTest suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer. -O1 and
# line tables only (-g1), as the sanitizers' own docs suggest: reports keep file:line, and the
# build takes 374 s instead of 586 s (RelWithDebInfo, -O2 -g) on the 2-core test machine, for
# 77 s of tests instead of 71. (Stop 27, quiet host: 310 s since core/ no longer adds a full -g,
# 28 s of tests since the million-sentence input is a quarter as long under ASan.)
build_sanitized() {
  say "building the core tests with ASan + UBSan ($BUILD_ASAN)"
  cmake -S "$ROOT" -B "$BUILD_ASAN" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
    -DPRECIS_BUILD_TESTS=ON -DPRECIS_SANITIZE=ON >/dev/null
  cmake --build "$BUILD_ASAN" --target precis_core_tests
}

build_wasm() {
  say "building WebAssembly ($BUILD_WASM)"
  [ -f "$BUILD_WASM/build.ninja" ] ||
    emcmake cmake -S "$ROOT" -B "$BUILD_WASM" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD_WASM"
}

# dist/web: the static site (web/ bundled with the JS wrapper and the wasm build, the name model
# beside it), servable from any host; dist/precis.html: the same page in one file.
assemble_web() {
  say "assembling the static site ($DIST/web) and the single-file page ($DIST/precis.html)"
  ensure_node_modules
  node "$ROOT/scripts/bundle-web.mjs" "$ROOT/web" "$ROOT/wasm/precis.js" "$BUILD_WASM/wasm" \
    "$ROOT/core/models/ner_en.model" "$DIST/web"
  node "$ROOT/scripts/bundle-single.mjs" "$ROOT/web" "$ROOT/wasm/precis.js" \
    "$BUILD_WASM/wasm/precis_single.js" "$DIST/precis.html"
}
