#!/usr/bin/env bash
# buf lint, and buf breaking against the contracts as they were before this change: main's tip
# on a branch; on main itself, the previous commit. The first commit with contracts has no baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/fetch-deps.sh
buf format --diff --exit-code
buf lint
branch="$(git rev-parse --abbrev-ref HEAD)"
baseline="main"
[ "$branch" = "main" ] && baseline="HEAD~1"
if git cat-file -e "$baseline:proto/buf.yaml" 2>/dev/null; then
  # The baseline's third-party protos are git-ignored (.deps): compare against a copy of the
  # baseline's contracts with today's .deps beside them.
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  git -C .. archive "$baseline" proto | tar -x -C "$tmp"
  cp -r .deps "$tmp/proto/"
  buf breaking --against "$tmp/proto"
  echo "buf breaking: no breaking change against $baseline"
else
  echo "buf breaking: $baseline has no contracts yet, nothing to compare"
fi
