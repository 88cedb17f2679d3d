#!/usr/bin/env bash
# The container test: builds the image from the Dockerfile with podman and runs it the way
# docs/operations.md tells an operator to (read-only root filesystem, tmpfs /tmp, a /data
# volume), then checks what an operator relies on. `pnpm test:container`;
# `WIJKBORD_TEST_CONTAINER=1 npm test` installs podman when missing and runs it last.
#
# No container registry is reachable where this was written, so the Node base image is made
# locally once (debootstrap from Debian's mirror + this machine's Node, tagged
# localhost/wijkbord-test-node:<version>); elsewhere BASE_IMAGE=docker.io/library/node:22-bookworm
# (and RUNTIME_IMAGE=…-slim) test the Dockerfile's defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

if ! command -v podman >/dev/null 2>&1; then
  log "container test skipped: podman is not installed (apt-get install podman runc debootstrap)"
  exit 0
fi

NODE_VERSION="$(node -p process.versions.node)"
BASE_IMAGE="${BASE_IMAGE:-localhost/wijkbord-test-node:$NODE_VERSION}"
RUNTIME_IMAGE="${RUNTIME_IMAGE:-$BASE_IMAGE}"
IMAGE="localhost/wijkbord:test"
NAME="wijkbord-test-$$"
VOLUME="wijkbord-test-data-$$"

# Sandboxes without CAP_SYS_RESOURCE cannot apply podman's default ulimits, and crun refuses
# hybrid cgroups (v1 with a v2 mount); runc runs there.
conf="$(mktemp)"
printf '[containers]\ndefault_ulimits = []\n' >"$conf"
export CONTAINERS_CONF="$conf"
podman_args=()
if [ -d /sys/fs/cgroup/unified ] && command -v runc >/dev/null 2>&1; then podman_args+=(--runtime runc); fi
pm() { podman "${podman_args[@]}" "$@"; }

cleanup() {
  pm rm -f -t 0 "$NAME" >/dev/null 2>&1 || true
  pm volume rm -f "$VOLUME" >/dev/null 2>&1 || true
  rm -f "$conf"
}
trap cleanup EXIT

fail() {
  log "container test FAILED: $*"
  pm logs "$NAME" 2>&1 | tail -20 >&2 || true
  exit 1
}

make_base_image() {
  pm image exists "$BASE_IMAGE" && return
  case "$BASE_IMAGE" in localhost/wijkbord-test-node:*) ;; *) return ;; esac
  log "making the base image $BASE_IMAGE (debootstrap, once)"
  local rootfs node_prefix
  rootfs="$(mktemp -d /var/tmp/wijkbord-rootfs.XXXXXX)"
  debootstrap --variant=minbase --include=python3,make,g++,ca-certificates,passwd bookworm "$rootfs" \
    http://deb.debian.org/debian >/dev/null
  # Laid out like the official Node images: /usr/local/{bin,include,lib/node_modules}.
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  mkdir -p "$rootfs/usr/local/bin" "$rootfs/usr/local/include" "$rootfs/usr/local/lib/node_modules" \
    "$rootfs/usr/local/share/wijkbord-test"
  cp "$(readlink -f "$(command -v node)")" "$rootfs/usr/local/bin/node"
  cp -r "$node_prefix/include/node" "$rootfs/usr/local/include/node"
  cp -r "$(npm root -g)/npm" "$rootfs/usr/local/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  # The host's trust store, for networks whose proxy re-signs TLS.
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/usr/local/share/wijkbord-test/host-ca.crt"
  tar -C "$rootfs" -c . | pm import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/wijkbord-test/host-ca.crt' \
    --change 'CMD ["node"]' - "$BASE_IMAGE" >/dev/null
  rm -rf "$rootfs"
}

http() { # http <path> [header]: prints "<status> <content-encoding> <body>"
  node -e '
    const [url, header] = process.argv.slice(1);
    fetch(url, { headers: header ? { [header.split(":")[0]]: header.split(":").slice(1).join(":").trim() } : {} })
      .then(async (r) => console.log(r.status, r.headers.get("content-encoding") ?? "-", (await r.text()).replace(/\s+/g, " ")))
      .catch((e) => { console.log("000 - " + e.message); });
  ' "http://127.0.0.1:$PORT$1" "${2:-}"
}

wait_healthy() {
  for _ in $(seq 1 90); do
    pm healthcheck run "$NAME" >/dev/null 2>&1 && return 0
    [ "$(pm inspect -f '{{.State.Running}}' "$NAME")" = "true" ] || fail "the container stopped"
    sleep 1
  done
  fail "not healthy after 90 s"
}

run_container() {
  pm run -d --name "$NAME" --read-only --tmpfs /tmp -v "$VOLUME:/data" --network host \
    -e PORT="$PORT" -e PUBLIC_URL="http://127.0.0.1:$PORT" "$IMAGE" >/dev/null
}

started=$(date +%s)
make_base_image
log "building $IMAGE"
pm build --format docker --build-arg BUILD_IMAGE="$BASE_IMAGE" --build-arg RUNTIME_IMAGE="$RUNTIME_IMAGE" \
  -t "$IMAGE" . >/tmp/wijkbord-image-build.log 2>&1 || { tail -30 /tmp/wijkbord-image-build.log >&2; fail "podman build"; }
PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

log "running it read-only on port $PORT"
run_container
wait_healthy
log "  HEALTHCHECK healthy"
[ "$(pm exec "$NAME" id -u)" = "10001" ] || fail "not running as the wijkbord user (10001)"
pm exec "$NAME" sh -c 'touch /app/x' 2>/dev/null && fail "the root filesystem is writable"
[ "$(pm exec "$NAME" cat /proc/1/comm)" = "node" ] || fail "PID 1 is not node"
log "  runs as uid 10001, PID 1 is node, / is read-only"

[[ "$(http /healthz)" == "200 - {\"ok\":true}" ]] || fail "/healthz: $(http /healthz)"
js="$(http / 'accept-encoding: identity' | grep -o '/assets/index-[^"]*\.js' | head -1)"
[ -n "$js" ] || fail "index.html names no bundle"
[[ "$(http "$js" 'accept-encoding: br')" == "200 br "* ]] || fail "bundle not sent with brotli"
log "  serves the app (bundle $js with brotli)"

session="$(node -e '
  fetch(process.argv[1] + "/api/sessions", { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Containertest", wijk: "Atolwijk", worksheets: ["gedeeld-verhaal"] }) })
    .then(async (r) => { const b = await r.json(); if (r.status !== 201) throw new Error(JSON.stringify(b));
      const t = new URLSearchParams(new URL(b.links.facilitator).hash.slice(1)).get("token");
      console.log(b.id + " " + t); })
    .catch((e) => { console.error(e.message); process.exit(1); });
' "http://127.0.0.1:$PORT")" || fail "creating a session"
read -r session_id token <<<"$session"
pm exec "$NAME" wijkbord backup /data/backup.sqlite | grep -q "written to /data/backup.sqlite" || fail "wijkbord backup"
log "  created session $session_id; wijkbord backup wrote /data/backup.sqlite"

pm stop -t 15 "$NAME" >/dev/null
[ "$(pm inspect -f '{{.State.ExitCode}}' "$NAME")" = "0" ] || fail "exit code after SIGTERM: $(pm inspect -f '{{.State.ExitCode}}' "$NAME")"
pm logs "$NAME" 2>&1 | grep -q "SIGTERM: closing sockets and storage" || fail "no graceful close in the logs"
log "  podman stop: SIGTERM, closed gracefully, exit code 0"

pm rm "$NAME" >/dev/null
run_container
wait_healthy
status="$(node -e '
  fetch(process.argv[1], { headers: { authorization: "Bearer " + process.argv[2] } }).then((r) => console.log(r.status));
' "http://127.0.0.1:$PORT/api/sessions/$session_id" "$token")"
[ "$status" = "200" ] || fail "session gone after a restart on the same volume ($status)"
log "  restarted on the same /data volume: the session is there"
log "container test passed in $(($(date +%s) - started)) s"
