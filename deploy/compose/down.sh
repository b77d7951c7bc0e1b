#!/usr/bin/env bash
# Stops the single-host deployment; `--volumes` also deletes its data (NATS, MongoDB volumes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# Nothing deployed from this checkout yet: nothing to stop (compose also needs the env file).
[ -f "$here/.data/secrets.env" ] || exit 0
eval "export $(bash "$root/deploy/scripts/docker-daemon.sh" start)"
docker-compose --project-name expertnet-compose --file "$here/compose.yaml" down "$@"
