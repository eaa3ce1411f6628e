#!/usr/bin/env bash
# Every test, as CI runs it: system packages, PyTorch goldens and fixtures,
# type check, lint, unit tests, a production build, end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh
[ -d node_modules ] || npm ci
bash scripts/fixtures.sh
npm run check
npm run lint
npx vitest run
npm run build
npx vitest run --config vitest.e2e.config.ts
