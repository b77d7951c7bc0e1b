#!/usr/bin/env bash
# Stops the single-host deployment; `--volumes` also deletes its data (NATS, MongoDB volumes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
eval "export $(bash "$root/deploy/scripts/docker-daemon.sh" start)"
docker-compose --project-name expertnet-compose --file "$here/compose.yaml" down "$@"
