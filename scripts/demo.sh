#!/usr/bin/env bash
# `npm run demo`: database (migrations + the source page's records + demo users), build, serve.
set -euo pipefail
cd "$(dirname "$0")/.."

export PORT="${PORT:-3000}"
export DATABASE_URL="${DATABASE_URL:-data/taawun.db}"
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT}}"
mkdir -p data
# The demo keeps its own random secret next to its database; a real installation sets AUTH_SECRET.
if [[ -z "${AUTH_SECRET:-}" ]]; then
  [[ -s data/.demo-auth-secret ]] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64"))' > data/.demo-auth-secret
  AUTH_SECRET="$(cat data/.demo-auth-secret)"
  export AUTH_SECRET
fi

npm run --silent db:seed
npx tsx scripts/demo-users.ts
npx next build
echo
echo "Taawun serves on ${NEXTAUTH_URL}"
echo "Demo logins (password: taawun-demo): admin@taawun.test, supervisor@taawun.test, staff@taawun.test, committee@taawun.test"
echo
exec node --max-old-space-size="${TAAWUN_HEAP_MB:-512}" scripts/serve.mjs -p "${PORT}"
