#!/usr/bin/env bash
# Installs the real editors the end-to-end tests drive: Neovim and Chromium (Debian packages) and
# code-server (VS Code served to the browser, from npm). Idempotent and quick when everything is there:
# code-server lives in the git-ignored .cache/code-server, and the Debian packages' .deb files are kept in
# .cache/apt so a fresh machine with a warm cache installs without downloading them again.
# Usage: .ci/install-editors.sh   (as root, or with sudo available)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.cache"
CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep's version inside code-server (lib/vscode/npm-shrinkwrap.json); it downloads rg from
# GitHub at install unless its cache already holds the archive, so we put Debian's rg there.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

log() { printf '[install-editors] %s\n' "$*" >&2; }
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages ---------------------------------------------------------------------------------
apt_packages=(chromium neovim libkrb5-dev ripgrep)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  mkdir -p "$cache/apt/partial"
  export DEBIAN_FRONTEND=noninteractive
  apt_opts=(-o "Dir::Cache::archives=$cache/apt" -o APT::Keep-Downloaded-Packages=true)
  # Try with the package lists already on the machine first; refresh them only when that fails.
  if ! sudo_if_needed apt-get install -y -q --no-install-recommends "${apt_opts[@]}" "${missing[@]}" >&2; then
    sudo_if_needed apt-get update -q >&2
    sudo_if_needed apt-get install -y -q --no-install-recommends "${apt_opts[@]}" "${missing[@]}" >&2
  fi
fi

# --- code-server ----------------------------------------------------------------------------------------
cs_dir="$cache/code-server"
cs_bin="$cs_dir/node_modules/code-server/out/node/entry.js"
stamp="$cs_dir/.installed-$CODE_SERVER_VERSION"
if [ ! -f "$stamp" ] || [ ! -f "$cs_bin" ]; then
  log "npm install code-server@$CODE_SERVER_VERSION into $cs_dir (one to three minutes)"
  rg_cache="$(node -p 'os.tmpdir()')/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  if [ ! -f "$rg_cache/$RIPGREP_ARCHIVE" ]; then
    tmp_rg="$(mktemp -d)"
    cp "$(command -v rg)" "$tmp_rg/rg"
    mkdir -p "$rg_cache"
    tar czf "$rg_cache/$RIPGREP_ARCHIVE" -C "$tmp_rg" rg
    rm -rf "$tmp_rg"
  fi
  mkdir -p "$cs_dir"
  [ -f "$cs_dir/package.json" ] || printf '{ "name": "foi-lint-editors", "private": true }\n' > "$cs_dir/package.json"
  # Native modules build against Node's headers; point npm at them when the machine has them.
  if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
  # npm 11 blocks dependencies' install scripts unless allowed; code-server's postinstall installs and
  # builds its own pinned (npm-shrinkwrap) dependencies, so allow scripts for this one install. That
  # postinstall refuses to run as root unless npm_config_unsafe_perm is true, a setting npm 11 no
  # longer knows and warns about wherever npm itself sees it: so only the shell npm runs install
  # scripts with is given it.
  script_shell="$cs_dir/.script-shell"
  printf '#!/bin/sh\nnpm_config_unsafe_perm=true exec /bin/sh "$@"\n' > "$script_shell"
  chmod +x "$script_shell"
  export npm_config_script_shell="$script_shell" npm_config_yes=true npm_config_dangerously_allow_all_scripts=true
  (cd "$cs_dir" && npm install --no-audit --no-fund --yes "code-server@$CODE_SERVER_VERSION" >&2) || {
    # Some npm versions stop code-server's postinstall on "Please pass --unsafe-perm": run it by hand.
    log "npm install failed; running code-server's postinstall by hand"
    (cd "$cs_dir/node_modules/code-server" &&
      npm_config_unsafe_perm=true npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" sh ./postinstall.sh >&2 &&
      npm rebuild argon2 >&2)
  }
  [ -f "$cs_bin" ] || { log "code-server did not install ($cs_bin missing)"; exit 1; }
  touch "$stamp"
fi

command -v nvim >/dev/null && command -v chromium >/dev/null || { log "nvim or chromium missing after install"; exit 1; }
log "ready: code-server $CODE_SERVER_VERSION ($cs_bin), $(nvim --version | head -1), $(chromium --version 2>/dev/null | head -1)"
