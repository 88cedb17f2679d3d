#!/usr/bin/env bash
# `pnpm wijkbord|backup|restore …`: the `wijkbord` command (server/src/cli) from a checkout,
# built first when missing or out of date. Installed copies run `node server/dist/wijkbord.js`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

if is_stale server/dist/wijkbord.js server/src server/scripts server/package.json shared/src worksheets/src; then
  build_server >&2
fi
exec node --enable-source-maps server/dist/wijkbord.js "$@"
