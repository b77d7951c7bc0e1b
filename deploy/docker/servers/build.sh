#!/usr/bin/env bash
# Builds the server images of the single-host deployment and of the container test path, from
# the sources the development stack uses (no container registry here):
#   expertnet/nats:<tag>      nats-server (go install from the Go module proxy)
#   expertnet/ferretdb:<tag>  FerretDB 1.24 + the serialising front (infra/ferretdb, go build)
#   expertnet/keycloak:<tag>  Keycloak from Maven Central on Debian's OpenJDK 17
# Needs DOCKER_HOST (deploy/scripts/docker-daemon.sh start) and local/debian:bookworm
# (deploy/scripts/build-images.sh makes it).   bash deploy/docker/servers/build.sh [tag]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
here="$root/deploy/docker/servers"
tag="${1:-dev}"
nats_version="2.14.9"
keycloak_version="26.7.3"
work="$root/.tools/images/servers"
docker=/usr/bin/docker
export DOCKER_BUILDKIT=0
log() { printf '[servers] %s\n' "$*" >&2; }
mkdir -p "$work"

# nats-server: the stack's binary when it has built one, else go install.
nats_context="$work/nats"
mkdir -p "$nats_context"
if [ -x "$root/.tools/bin/nats-server-$nats_version" ]; then
  cp "$root/.tools/bin/nats-server-$nats_version" "$nats_context/nats-server"
else
  log "building nats-server $nats_version"
  GOBIN="$nats_context" GOFLAGS=-buildvcs=false go install "github.com/nats-io/nats-server/v2@v$nats_version" >&2
fi

# FerretDB: the project's own main (infra/ferretdb), built with Go's caches.
ferret_context="$work/ferretdb"
mkdir -p "$ferret_context"
log "building FerretDB (infra/ferretdb)"
(cd "$root/infra/ferretdb" && GOFLAGS=-buildvcs=false go build -o "$ferret_context/ferretdb" .) >&2
cp "$here/mongod-args.sh" "$ferret_context/"

# Keycloak from Maven Central into this script's own folder (not the stack's copy, which a test
# run may be unpacking at the same moment); Maven's cache makes a second fetch cheap.
kc_context="$work/keycloak"
kc_home="$work/keycloak-$keycloak_version"
if [ ! -f "$kc_home/.complete" ]; then
  log "fetching Keycloak $keycloak_version from Maven Central"
  rm -rf "$kc_home"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    "-Dartifact=org.keycloak:keycloak-quarkus-dist:$keycloak_version:tar.gz" "-DoutputDirectory=$work" >&2
  tar -xzf "$work/keycloak-quarkus-dist-$keycloak_version.tar.gz" -C "$work"
  rm -f "$work/keycloak-quarkus-dist-$keycloak_version.tar.gz"
  touch "$kc_home/.complete"
fi
rm -rf "$kc_context" && mkdir -p "$kc_context"
# Without a data folder (an H2 database, imports, logs).
tar -C "$kc_home" --exclude=./data --exclude=./.complete -cf - . | (mkdir -p "$kc_context/keycloak" && tar -C "$kc_context/keycloak" -xf -)

for server in nats ferretdb keycloak; do
  started=$SECONDS
  "$docker" build --network host -q -f "$here/$server.Dockerfile" -t "expertnet/$server:$tag" "$work/$server" >/dev/null
  log "expertnet/$server:$tag: $((SECONDS - started)) s"
done
