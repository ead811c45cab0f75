#!/usr/bin/env bash
# The whole test suite: lint, type check, unit tests, the full build, checks over out/ (figures, links, HTML), browser tests
# against out/ (Node server and nginx), then Lighthouse.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p reports
rm -f reports/unit.json reports/site.json reports/e2e.json

status=0
failed=()
step() { local name=$1; echo; echo "== $name"; shift; "$@" || { echo "!! failed: $*"; status=1; failed+=("$name"); }; }

step "lint" npm run lint --silent
step "type check" npx tsc --noEmit
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "full-catalogue build" npm run build --silent
if [ -f out/index.html ]; then
  step "checks over out/" npx vitest run --config vitest.site.config.ts --reporter=default --reporter=json --outputFile.json=reports/site.json
  step "browser tests" npx playwright test
  step "Lighthouse (npm run audit:perf)" npm run audit:perf --silent
fi
[ ${#failed[@]} -eq 0 ] || echo "steps that failed: ${failed[*]}"
node scripts/test-summary.mjs || status=1
exit $status
