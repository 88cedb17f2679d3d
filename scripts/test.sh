#!/usr/bin/env bash
# Second README command: install what the tests need (pnpm, dependencies, Debian's Chromium and PostgreSQL)
# and run every check: format + lint, import graph, types, unit and integration tests, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_pnpm
install_deps
ensure_test_tools

log "format and lint (biome)"
pnpm exec biome check .
log "import graph: no circles, no upward imports between packages (dependency-cruiser)"
pnpm depcheck
log "type check"
pnpm exec tsc -p tsconfig.json --noEmit
# Built before the tests: integration tests run `npm start`'s script, which would build them anyway.
build_client
build_server
log "unit, integration and PostgreSQL tests (vitest; a throw-away PostgreSQL cluster for the last)"
pnpm exec vitest run
log "browser tests (Playwright, $CHROMIUM_PATH)"
pnpm --filter @wijkbord/tests exec playwright test -c playwright.config.ts
# The container test builds the image (minutes): only when asked for.
if [ "${WIJKBORD_TEST_CONTAINER:-0}" = "1" ]; then
  ensure_container_tools
  log "container test (podman)"
  bash scripts/test-container.sh
else
  log "container test skipped: it builds the image, which takes minutes; WIJKBORD_TEST_CONTAINER=1 npm test or pnpm test:container runs it"
fi
