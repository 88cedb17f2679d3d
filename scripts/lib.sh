# Shared helpers for start.sh and test.sh: install what Wijkbord needs on a fresh machine
# that has only Node and npm. Sourced, not run.

PNPM_VERSION="10.34.8"

log() { printf '\033[1m[wijkbord]\033[0m %s\n' "$*" >&2; }

# pnpm from the npm registry (corepack would also work, but is not enabled everywhere).
ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    return
  fi
  log "installing pnpm $PNPM_VERSION"
  if npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1; then
    hash -r
  else
    # No rights for a global install: keep pnpm inside the project.
    npm install --prefix .tools "pnpm@$PNPM_VERSION" >/dev/null
    export PATH="$PWD/.tools/node_modules/.bin:$PATH"
  fi
}

install_deps() {
  log "installing dependencies"
  pnpm install --frozen-lockfile --reporter=append-only | grep -v '^\.\.\./' || true
  test -d node_modules/.pnpm || { log "pnpm install failed"; exit 1; }
}

build_client() {
  log "building the browser app"
  pnpm --filter @wijkbord/client build
}

# The server as plain JavaScript for `node` (server/dist/main.js, server/dist/wijkbord.js).
build_server() {
  log "building the server"
  pnpm --filter @wijkbord/server build
}

# True when a build output is missing or older than any of its sources (an edit or a checkout).
is_stale() {
  local output="$1"
  shift
  [ -e "$output" ] || return 0
  [ -n "$(find "$@" -type f -newer "$output" -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
}

# npm start: build the browser app and the server only when missing or older than their sources.
build_if_stale() {
  local common=(shared/src worksheets/src pnpm-lock.yaml)
  if is_stale client/dist/index.html client/src client/public client/index.html client/vite.config.ts \
    client/scripts client/package.json "${common[@]}"; then
    build_client
  fi
  if is_stale server/dist/main.js server/src server/scripts server/package.json "${common[@]}"; then
    build_server
  fi
}

# What the tests need from Debian: its Chromium (Playwright cannot download its own browsers here),
# poppler-utils (pdftotext/pdfimages read the exported PDFs back) and postgresql (initdb/pg_ctl:
# vitest's postgres project starts a throw-away cluster, unless WIJKBORD_TEST_PG names a server)
# and nginx (the cluster tests start a throw-away instance; WIJKBORD_TEST_NGINX names another binary).
# One apt run for all.
ensure_test_tools() {
  local missing=()
  if [ -z "${CHROMIUM_PATH:-}" ] || [ ! -x "$CHROMIUM_PATH" ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  fi
  command -v pdftotext >/dev/null 2>&1 && command -v pdfimages >/dev/null 2>&1 || missing+=(poppler-utils)
  # openssl makes the self-signed certificates of the https tests (node:crypto cannot make X.509).
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  if [ -z "${WIJKBORD_TEST_PG:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
    && ! command -v initdb >/dev/null 2>&1; then
    missing+=(postgresql)
  fi
  # nginx routes the cluster tests' three instances (deploy/nginx/cluster.conf); any build with
  # the upstream hash module will do, nginx-light is the smallest.
  if [ -z "${WIJKBORD_TEST_NGINX:-}" ] && ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    missing+=(nginx-light)
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian's ${missing[*]} for the tests"
    local sudo=""
    [ "$(id -u)" = "0" ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [ -z "${CHROMIUM_PATH:-}" ] || [ ! -x "$CHROMIUM_PATH" ]; then
    export CHROMIUM_PATH="$(command -v chromium)"
  fi
}

# The container test's tools from Debian: podman, runc (crun cannot run where cgroups are hybrid)
# and debootstrap (for a local base image where no container registry is reachable).
ensure_container_tools() {
  command -v podman >/dev/null 2>&1 && command -v debootstrap >/dev/null 2>&1 && return
  log "installing Debian's podman, runc and debootstrap for the container test"
  local sudo=""
  [ "$(id -u)" = "0" ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq podman runc debootstrap >/dev/null
}
