#!/usr/bin/env bash
# Makes sure the Chromium that tools/models/render-diagrams.mjs drives is installed: Debian's
# chromium package, since nothing here may download a browser of its own. Also installs
# fonts-liberation: Liberation Sans stands in for Arial, the font bpmn-js lays labels out with,
# and the committed diagrams depend on its metrics.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

have_fonts() {
  command -v fc-list >/dev/null 2>&1 && fc-list | grep -q 'Liberation Sans'
}

driver="${CHROMEDRIVER_PATH:-/usr/bin/chromedriver}"

if [[ -x "$chromium" && -x "$driver" ]] && have_fonts; then
  echo "ensure-chromium: $chromium, $driver and Liberation Sans are installed"
  exit 0
fi

if [[ -n "${CHROMIUM_PATH:-}" && ! -x "$chromium" ]]; then
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable; unset it to use Debian's /usr/bin/chromium" >&2
  exit 1
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-chromium: Chromium ($chromium) or the Liberation fonts are missing and this is not root." >&2
  echo "ensure-chromium: as root run: apt-get update && apt-get install -y chromium chromium-driver fonts-liberation" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no apt-get here; install Chromium yourself and set CHROMIUM_PATH to it" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium, chromium-driver (for the browser tests) and fonts-liberation"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium chromium-driver fonts-liberation

if [[ ! -x "$chromium" ]]; then
  echo "ensure-chromium: apt-get finished but $chromium is still missing" >&2
  exit 1
fi
echo "ensure-chromium: installed $chromium"
