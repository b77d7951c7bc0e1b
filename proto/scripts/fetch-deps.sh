#!/usr/bin/env bash
# Brings buf/validate/validate.proto from Maven Central: the Java artifact build.buf:protovalidate
# ships the .proto beside its classes, and Maven caches it in ~/.m2. The Buf Schema Registry,
# where buf would normally get it, is not reachable from the project's machines.
set -euo pipefail
cd "$(dirname "$0")/.."
version="1.3.0"
target=".deps/buf/validate/validate.proto"
stamp=".deps/.protovalidate-$version"
[ -f "$target" ] && [ -f "$stamp" ] && exit 0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  "-Dartifact=build.buf:protovalidate:$version:jar" "-DoutputDirectory=$tmp" >&2
mkdir -p "$(dirname "$target")"
unzip -p "$tmp/protovalidate-$version.jar" buf/validate/validate.proto > "$target"
touch "$stamp"
