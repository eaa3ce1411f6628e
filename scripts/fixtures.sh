#!/usr/bin/env bash
# Regenerates every PyTorch-made golden and fixture with Debian's python3-torch.
# Goldens (small, reviewed) are committed under tests/goldens and must come out
# unchanged; binary fixtures go to tests/fixtures/generated (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONHASHSEED=0
for script in python/fixtures/make_*.py; do
	echo "fixtures: $script"
	/usr/bin/python3 "$script"
done
if ! git diff --quiet -- tests/goldens 2>/dev/null; then
	echo "The PyTorch goldens in tests/goldens are out of date (git diff tests/goldens). Commit the regenerated files." >&2
	git --no-pager diff --stat -- tests/goldens >&2
	exit 1
fi
