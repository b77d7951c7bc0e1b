#!/usr/bin/env bash
# Generates the TypeScript for every contract into gen/ (git-ignored; never edited by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/fetch-deps.sh
rm -rf gen
buf generate
