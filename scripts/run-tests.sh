#!/usr/bin/env bash
# The whole test suite: type check, unit tests, the full-catalogue build, then browser tests against out/.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p reports
rm -f reports/unit.json reports/e2e.json

status=0
step() { echo; echo "== $1"; shift; "$@" || { echo "!! failed: $*"; status=1; }; }

step "type check" npx tsc --noEmit
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "full-catalogue build" npm run build --silent
if [ -f out/index.html ]; then
  step "browser tests" npx playwright test
fi
node scripts/test-summary.mjs || status=1
exit $status
