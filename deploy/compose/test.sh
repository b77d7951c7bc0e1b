#!/usr/bin/env bash
# The single-host deployment end to end: the test command's `deployment` project on its own. Its
# global setup (tests/support/deployment-setup.ts) builds the images (cached after the first
# time), starts compose.yaml, and stops it afterwards; EXPERTNET_KEEP_STACK=1 keeps it up.
# Uses ports 24222, 27037, 28080, 29000, 2506x and 28088 (EXPERTNET_COMPOSE_*_PORT).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
node="$root/.tools/node-24.21.0/node_modules/.bin/node"
[ -x "$node" ] || node=node
cd "$root" && exec "$node" tests/run-vitest.ts --project deployment
