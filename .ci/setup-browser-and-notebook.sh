#!/usr/bin/env bash
# Install what the browser and notebook tests need, where missing (idempotent):
#   chromium (Debian) for test/clients/browser.test.ts,
#   jupyter-nbconvert + python3-ipykernel (Debian) and the Deno kernelspec for test/clients/notebook.test.ts.
# deno and playwright-core come from npm (devDependencies); run after `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v jupyter-nbconvert >/dev/null 2>&1 || need+=(jupyter-nbconvert)
/usr/bin/python3 -c "import ipykernel" >/dev/null 2>&1 || need+=(python3-ipykernel)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need[@]}"
fi
# The Deno kernel for people opening docs/notebook.ipynb (the test installs its own private copy).
if [ -x node_modules/.bin/deno ]; then
  node_modules/.bin/deno jupyter --install --force >/dev/null 2>&1 || echo "warning: deno jupyter --install failed" >&2
fi
