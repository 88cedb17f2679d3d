#!/usr/bin/env bash
# Lays out what a production installation runs, in OUT (default ./app), from a built checkout:
#   OUT/server/dist/      main.js (the server) and wijkbord.js (the command)
#   OUT/client/dist/      the browser app, with its .br/.gz copies
#   OUT/node_modules/, OUT/server/node_modules/   the server's run-time dependencies only,
#                         exactly as in pnpm-lock.yaml (no dev tools, no browser-app packages)
# plus the workspace's package.json files the install needs. Start it with
#   cd OUT && node --enable-source-maps server/dist/main.js
# The Dockerfile runs this; pnpm's store comes from npm_config_store_dir when set.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$src/app}"
for built in server/dist/main.js server/dist/wijkbord.js client/dist/index.html; do
  [ -e "$src/$built" ] || { echo "assemble-app: $built is missing; run pnpm build first" >&2; exit 1; }
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cp "$src/package.json" "$src/pnpm-lock.yaml" "$src/pnpm-workspace.yaml" "$out/"
for p in shared worksheets server client tests; do
  mkdir -p "$out/$p"
  cp "$src/$p/package.json" "$out/$p/"
done
(cd "$out" && pnpm install --prod --frozen-lockfile --offline --filter @wijkbord/server --reporter=silent)
rm -rf "$out/tests"
rm -rf "$out/server/dist" "$out/client/dist"
cp -r "$src/server/dist" "$out/server/dist"
cp -r "$src/client/dist" "$out/client/dist"
