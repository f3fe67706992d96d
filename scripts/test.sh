#!/usr/bin/env bash
# `npm test`: every unit, integration and browser test.
#  1. Debian's Chromium for Playwright (installed when missing and we are root).
#  2. Unit and integration tests (Vitest, real SQLite files in a temp folder).
#  3. A fresh e2e database: migrations, the source page's records, the demo users.
#  4. The production build, the load commands in quick mode (bench:http, soak), then Playwright
#     against `next start` (started by playwright.config.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [[ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]]; then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's Chromium for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
  else
    echo "Chromium is missing: install Debian's package 'chromium' (or set CHROMIUM_PATH)." >&2
    exit 1
  fi
fi

# xmllint (Debian's libxml2-utils) validates the IATI files against the official XSD in Vitest.
if ! command -v xmllint >/dev/null 2>&1; then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's libxml2-utils (xmllint) for the IATI schema tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null
  else
    echo "xmllint is missing: install Debian's package 'libxml2-utils'." >&2
    exit 1
  fi
fi

mkdir -p test-results
rm -f test-results/vitest.json test-results/playwright.json
# Whatever happens, end with one line that counts every test run (unit + browser).
trap 'node scripts/test-summary.mjs' EXIT

echo "== Unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json

echo "== Browser tests: fresh database, build, serve"
export DATABASE_URL="data/e2e.db"
export AUTH_SECRET="e2e-only-secret-not-for-production-use-0123456789"
export E2E_PORT="${E2E_PORT:-3100}"
export NEXTAUTH_URL="http://localhost:${E2E_PORT}"
mkdir -p data
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
npm run --silent db:seed
npx tsx scripts/demo-users.ts
npx next build

echo "== Load commands in quick mode (they assert no timing: every page answers 200; the server survives, no 5xx but 503, every acknowledged write stored)"
npm run --silent bench:http -- --quick
npm run --silent soak -- --minutes 0.5 --users 12 --every 15

npx playwright test
