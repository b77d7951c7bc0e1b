#!/usr/bin/env bash
# Brings the third-party .proto files our contracts import, from Java artifacts on Maven Central
# that ship them beside their classes (Maven caches them in ~/.m2). The Buf Schema Registry,
# where buf would normally get them, is not reachable from the project's machines.
#   buf/validate/validate.proto            build.buf:protovalidate
#   google/rpc/{status,error_details}.proto  com.google.api.grpc:proto-google-common-protos
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=".deps/.fetched-protovalidate-1.3.0-common-protos-2.63.2"
[ -f "$stamp" ] && exit 0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fetch() { # <groupId:artifactId:version> <file inside the jar>...
  local artifact="$1" jar
  shift
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    "-Dartifact=$artifact:jar" "-DoutputDirectory=$tmp" >&2
  jar="$tmp/$(echo "$artifact" | cut -d: -f2)-$(echo "$artifact" | cut -d: -f3).jar"
  for file in "$@"; do
    mkdir -p ".deps/$(dirname "$file")"
    unzip -p "$jar" "$file" > ".deps/$file"
  done
}
rm -rf .deps
fetch build.buf:protovalidate:1.3.0 buf/validate/validate.proto
fetch com.google.api.grpc:proto-google-common-protos:2.63.2 \
  google/rpc/status.proto google/rpc/error_details.proto google/rpc/code.proto
touch "$stamp"
