#!/usr/bin/env bash
# First README command: install everything and start Wijkbord with embedded SQLite storage.
# PORT (default 8080), DATA_DIR (default ./data), PUBLIC_URL, TLDRAW_LICENSE_KEY are read from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_pnpm
install_deps
build_client

export PORT="${PORT:-8080}"
export DATA_DIR="${DATA_DIR:-$PWD/data}"
log "starting Wijkbord on http://localhost:$PORT (data in $DATA_DIR)"
exec server/node_modules/.bin/tsx server/src/main.ts
