#!/usr/bin/env bash
# Generates the TypeScript for every contract into gen/ (git-ignored; never edited by hand).
# Every `infra/dev.sh` command builds first, and several may run at once (a test run beside an
# editor's type check): an up-to-date gen/ is left alone, and a new one replaces the old in one
# rename, so a running process never sees gen/ missing or half-written.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/fetch-deps.sh
inputs_hash="$(
  {
    find src -name '*.proto' -type f | LC_ALL=C sort | xargs sha256sum
    sha256sum buf.gen.yaml buf.yaml package.json
    ls .deps/.fetched-*
  } | sha256sum | cut -d' ' -f1
)"
[ "$(cat gen/.inputs 2>/dev/null)" = "$inputs_hash" ] && exit 0
staging="$(mktemp -d .gen-staging-XXXXXX)"
trap 'rm -rf "$staging"' EXIT
buf generate -o "$staging"
echo "$inputs_hash" >"$staging/gen/.inputs"
old="$staging/old"
[ -d gen ] && mv gen "$old"
mv "$staging/gen" gen
