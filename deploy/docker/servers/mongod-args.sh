#!/bin/sh
# mongod's arguments (--bind_ip, --port, --dbpath; others ignored) turned into FerretDB's.
set -eu
host=127.0.0.1 port=27017 dbpath=/data/db
while [ $# -gt 0 ]; do
  case "$1" in
    --bind_ip) host="$2"; shift 2 ;;
    --bind_ip_all) host=0.0.0.0; shift ;;
    --port) port="$2"; shift 2 ;;
    --dbpath) dbpath="$2"; shift 2 ;;
    *) shift ;;
  esac
done
mkdir -p "$dbpath"
exec ferretdb -listen "$host:$port" -data "$dbpath"
