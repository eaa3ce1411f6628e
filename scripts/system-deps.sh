#!/usr/bin/env bash
# What the tests need beyond npm: Debian's Chromium (end-to-end tests) and
# Debian's PyTorch (the oracle every number is compared with), with the
# pthread OpenBLAS (the reference BLAS makes torch's linear layers ~35x slower).
# Installs them with apt-get when it can; otherwise stops at once, naming the command.
set -euo pipefail

# python3-pil and the held-out background photographs: `npm run wild` and its test.
# fonts-wqy-zenhei: Chinese glyphs, so the /zh/ pages are measured (phone overflow) and screenshotted as readers see them.
packages=(chromium python3-torch python3-torchvision python3-numpy python3-pil libopenblas0-pthread dataset-fashion-mnist
	mate-backgrounds sway-backgrounds fonts-wqy-zenhei)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
	echo "Installing Debian packages the tests need: ${missing[*]}"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
	echo "The tests need Debian packages that are not installed: ${missing[*]}" >&2
	echo "Run as root:  $cmd" >&2
	exit 1
fi
