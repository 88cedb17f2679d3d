#!/usr/bin/env bash
# First README command: install everything, build what is missing or out of date, and start
# Wijkbord with embedded SQLite storage as ONE plain `node` process (this shell is replaced by it,
# so a signal to the started process reaches the server itself).
# PORT (default 8080), HOST, DATA_DIR (default ./data), PUBLIC_URL, TLDRAW_LICENSE_KEY are read from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_pnpm
install_deps
build_if_stale

export PORT="${PORT:-8080}"
export DATA_DIR="${DATA_DIR:-$PWD/data}"
log "starting Wijkbord on http://localhost:$PORT (data in $DATA_DIR)"
exec node --enable-source-maps server/dist/main.js
