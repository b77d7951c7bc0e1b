#!/usr/bin/env bash
# A Docker engine for this checkout, on machines where none runs (INFRA-NOTES: Debian's docker.io,
# loopback only: no iptables, no bridge, so containers use the host network).
#   bash deploy/scripts/docker-daemon.sh start   installs docker.io if missing, starts dockerd
#                                                 (unless one answers already), prints DOCKER_HOST=...
#   bash deploy/scripts/docker-daemon.sh stop    stops the daemon this script started (by its pid)
#   bash deploy/scripts/docker-daemon.sh status
# An engine that already answers (DOCKER_HOST, or /var/run/docker.sock) is used as it is.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
state="$root/.tools/docker"
socket="/run/expertnet-docker.sock"
pidfile="/run/expertnet-docker.pid"
docker_cli=/usr/bin/docker

log() { printf '[docker] %s\n' "$*" >&2; }

answers() { DOCKER_HOST="$1" timeout 10 "$docker_cli" version --format '{{.Server.Version}}' >/dev/null 2>&1; }

ensure_packages() {
  [ -x /usr/sbin/dockerd ] && [ -x "$docker_cli" ] && return
  local sudo=""
  [ "$(id -u)" = "0" ] || sudo="sudo"
  log "installing Debian's docker.io"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends docker.io >&2
}

start() {
  ensure_packages
  if [ -n "${DOCKER_HOST:-}" ] && answers "$DOCKER_HOST"; then echo "DOCKER_HOST=$DOCKER_HOST"; return; fi
  if [ -S /var/run/docker.sock ] && answers unix:///var/run/docker.sock; then
    echo "DOCKER_HOST=unix:///var/run/docker.sock"
    return
  fi
  if [ -S "$socket" ] && answers "unix://$socket"; then echo "DOCKER_HOST=unix://$socket"; return; fi
  mkdir -p "$state/data"
  log "starting dockerd (data in $state/data, log $state/dockerd.log)"
  setsid nohup /usr/sbin/dockerd --iptables=false --ip-forward=false --ip-masq=false --bridge=none \
    --data-root "$state/data" --exec-root /run/expertnet-docker-exec --pidfile "$pidfile" \
    --host "unix://$socket" >"$state/dockerd.log" 2>&1 </dev/null 9>&- &
  for _ in $(seq 1 60); do
    if answers "unix://$socket"; then echo "DOCKER_HOST=unix://$socket"; return; fi
    sleep 0.5
  done
  log "dockerd did not answer within 30 s; see $state/dockerd.log"
  tail -20 "$state/dockerd.log" >&2
  exit 1
}

stop() {
  if [ -f "$pidfile" ]; then
    local pid
    pid="$(cat "$pidfile")"
    log "stopping dockerd ($pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    log "dockerd ($pid) still runs after 30 s"
    exit 1
  fi
  log "no dockerd started by this script"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if answers "unix://$socket"; then echo "running: DOCKER_HOST=unix://$socket"; else echo "not running"; fi
    ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
