#!/usr/bin/env bash
# One entry point for a fresh machine: brings the project's own toolchain (Node 24, pnpm,
# workspace dependencies, Chromium for browser tests), then runs the platform or the tests.
#   bash infra/dev.sh platform   servers, services and demo data up; URLs and demo accounts printed
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

# Installs <package>@<version> from the npm registry into .tools/<package>-<version> (once) and
# puts its executables first on PATH.
npm_tool() {
  local package="$1" version="$2"
  local dir="$tools/$package-$version"
  if [ ! -x "$dir/node_modules/.bin/$package" ]; then
    log "installing $package $version into $dir"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-package-lock --loglevel=error "$package@$version" >&2
  fi
  export PATH="$dir/node_modules/.bin:$PATH"
}

ensure_node() {
  local system_major=0
  if command -v node >/dev/null 2>&1; then
    system_major="$(node -p 'process.versions.node.split(".")[0]')"
  fi
  # The machine's Node is not 24 (the image ships an end-of-life 20): the npm registry's `node`
  # package carries the real binary.
  if [ "$system_major" != "24" ]; then
    npm_tool node "$node_version"
  fi
}

ensure_dependencies() {
  # A frozen lockfile makes CI fail instead of silently resolving other versions.
  (cd "$root" && pnpm install --frozen-lockfile --reporter=append-only >&2)
  # Generated code (proto/gen) is built, never committed.
  (cd "$root" && pnpm --silent run build >&2)
}

ensure_debian_packages() {
  # Servers and browsers not on the npm registry come from Debian's packages: PostgreSQL (FerretDB's
  # storage) always, Chromium for the browser tests (test tools cannot download their own here).
  local wanted=() package
  [ -x /usr/lib/postgresql/15/bin/postgres ] || wanted+=(postgresql-15)
  if [ "${1:-}" = "test" ] && [ ! -x /usr/bin/chromium ]; then wanted+=(chromium); fi
  [ "${#wanted[@]}" -eq 0 ] && return
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null 2>&1 || { log "installing ${wanted[*]} needs root (apt-get install ${wanted[*]})"; exit 1; }
    sudo="sudo"
  fi
  log "installing Debian's ${wanted[*]}"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}" >&2
}

ensure_node
npm_tool pnpm "$pnpm_version"
ensure_dependencies

command="${1:-}"
shift || true
cd "$root"
case "$command" in
  platform)
    ensure_debian_packages platform
    exec pnpm --silent run platform "$@"
    ;;
  test)
    ensure_debian_packages test
    exec pnpm --silent run test "$@"
    ;;
  "") log "usage: bash infra/dev.sh platform | test | <pnpm command>"; exit 2 ;;
  *) exec pnpm "$command" "$@" ;;
esac
