#!/usr/bin/env bash
# One entry point for a fresh machine: brings the project's own toolchain (Node 24, pnpm,
# workspace dependencies, Chromium for browser tests), then runs the platform or the tests.
#   bash infra/dev.sh platform   servers up and healthy, URLs and demo accounts printed
#   bash infra/dev.sh test       format, lint, type-check, unit and integration tests
#   bash infra/dev.sh <anything else>  runs `pnpm <anything else>` with the project's toolchain
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
node_version="24.21.0"
pnpm_version="$(sed -n 's/.*"packageManager": "pnpm@\([^"]*\)".*/\1/p' "$root/package.json")"

log() { printf '[dev] %s\n' "$*" >&2; }

# Node does not read the system CA store. On these machines the registries are reached through
# TLS that only that store trusts; without it npm retried for almost 5 minutes before installing.
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi

ensure_node() {
  local system_major=0
  if command -v node >/dev/null 2>&1; then
    system_major="$(node -p 'process.versions.node.split(".")[0]')"
  fi
  if [ "$system_major" = "24" ]; then
    return
  fi
  # The machine's Node is not 24 (the image ships an end-of-life 20): install the
  # pinned Node 24 binary from the npm registry into the project's own tools folder.
  local node_dir="$tools/node-$node_version"
  if [ ! -x "$node_dir/node_modules/.bin/node" ]; then
    log "installing Node $node_version into $node_dir"
    mkdir -p "$node_dir"
    npm install --prefix "$node_dir" --no-save --no-package-lock --loglevel=error "node@$node_version" >&2
  fi
  export PATH="$node_dir/node_modules/.bin:$PATH"
}

ensure_pnpm() {
  local pnpm_dir="$tools/pnpm-$pnpm_version"
  if [ ! -x "$pnpm_dir/node_modules/.bin/pnpm" ]; then
    log "installing pnpm $pnpm_version into $pnpm_dir"
    mkdir -p "$pnpm_dir"
    npm install --prefix "$pnpm_dir" --no-save --no-package-lock --loglevel=error "pnpm@$pnpm_version" >&2
  fi
  export PATH="$pnpm_dir/node_modules/.bin:$PATH"
}

ensure_dependencies() {
  # A frozen lockfile makes CI fail instead of silently resolving other versions.
  (cd "$root" && pnpm install --frozen-lockfile --reporter=append-only >&2)
  # Generated code (proto/gen) is built, never committed.
  (cd "$root" && pnpm --silent run build >&2)
}

ensure_chromium() {
  # Browser tests drive Debian's Chromium: test tools cannot download their own browser here.
  if [ -x /usr/bin/chromium ]; then
    return
  fi
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null 2>&1 || { log "Chromium is missing and installing it needs root (apt-get install chromium)"; exit 1; }
    sudo="sudo"
  fi
  log "installing Debian's chromium package"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >&2
}

ensure_node
ensure_pnpm
ensure_dependencies

command="${1:-}"
shift || true
cd "$root"
case "$command" in
  platform) exec pnpm --silent run platform "$@" ;;
  test)
    ensure_chromium
    exec pnpm --silent run test "$@"
    ;;
  "") log "usage: bash infra/dev.sh platform | test | <pnpm command>"; exit 2 ;;
  *) exec pnpm "$command" "$@" ;;
esac
