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
# The Deno kernel for people opening docs/notebook.ipynb, only where there is none: a kernel the user
# installed (their own deno, their own options) is left as it is. The notebook test installs a
# private copy of its own and needs nothing here.
if [ -x node_modules/.bin/deno ]; then
  if jupyter kernelspec list 2>/dev/null | awk '{print $1}' | grep -qx deno; then
    echo "a Deno Jupyter kernel is installed already; left as it is"
  else
    node_modules/.bin/deno jupyter --install >/dev/null 2>&1 || echo "warning: deno jupyter --install failed" >&2
  fi
fi
