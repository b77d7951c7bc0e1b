#!/usr/bin/env bash
# Installs the tools that check the Helm chart into the checkout's git-ignored .tools/, once:
#   helm v4 (go install from the Go module proxy)      -> .tools/helm-<version>/helm
#   kubernetes-validate (PyPI, ships the Kubernetes     -> .tools/kubernetes-validate-<version>/bin/kubernetes-validate
#   JSON schemas) in a virtual environment
# Prints three paths on stdout (helm, kubernetes-validate, a YAML-to-JSON converter); progress
# goes to stderr.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
helm_version="4.3.2"
validate_version="1.37.0"
helm_dir="$root/.tools/helm-$helm_version"
validate_dir="$root/.tools/kubernetes-validate-$validate_version"

log() { printf '[deploy-tools] %s\n' "$*" >&2; }

if [ ! -x "$helm_dir/helm" ]; then
  log "building helm $helm_version with go install (first time: a few minutes)"
  started=$SECONDS
  mkdir -p "$helm_dir.partial"
  GOBIN="$helm_dir.partial" GOFLAGS=-buildvcs=false go install "helm.sh/helm/v4/cmd/helm@v$helm_version" >&2
  rm -rf "$helm_dir" && mv "$helm_dir.partial" "$helm_dir"
  log "helm built in $((SECONDS - started)) s"
fi

# A virtual environment is not relocatable: it is made in place, and a stamp marks it complete.
if [ ! -f "$validate_dir/.installed" ]; then
  log "installing kubernetes-validate $validate_version from PyPI"
  started=$SECONDS
  rm -rf "$validate_dir"
  if python3 -m venv "$validate_dir" >&2 2>/dev/null; then
    "$validate_dir/bin/pip" install --quiet --disable-pip-version-check \
      "kubernetes-validate==$validate_version" >&2
  else
    # No venv module (python3-venv missing): a plain target folder and a small launcher.
    rm -rf "$validate_dir"
    python3 -m pip install --quiet --disable-pip-version-check --target "$validate_dir/lib" \
      "kubernetes-validate==$validate_version" >&2
    mkdir -p "$validate_dir/bin"
    cat > "$validate_dir/bin/kubernetes-validate" <<'LAUNCHER'
#!/usr/bin/env bash
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHONPATH="$here/lib${PYTHONPATH:+:$PYTHONPATH}" exec python3 -m kubernetes_validate "$@"
LAUNCHER
    chmod +x "$validate_dir/bin/kubernetes-validate"
  fi
  # YAML to JSON with the PyYAML kubernetes-validate brings (tests read rendered manifests).
  cat > "$validate_dir/bin/yaml-to-json" <<'CONVERT'
#!/usr/bin/env bash
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="$here/bin/python3"
[ -x "$python" ] || python=python3
PYTHONPATH="$here/lib${PYTHONPATH:+:$PYTHONPATH}" exec "$python" -c '
import json, sys, yaml
print(json.dumps([document for document in yaml.safe_load_all(sys.stdin) if document]))'
CONVERT
  chmod +x "$validate_dir/bin/yaml-to-json"
  touch "$validate_dir/.installed"
  log "kubernetes-validate installed in $((SECONDS - started)) s"
fi

printf '%s\n%s\n%s\n' "$helm_dir/helm" "$validate_dir/bin/kubernetes-validate" "$validate_dir/bin/yaml-to-json"
