#!/usr/bin/env bash
# The app's install icons, made from static/favicon.svg with ImageMagick (Debian's `imagemagick`).
# ImageMagick's own SVG renderer strokes shapes and ignores the nonzero hole in the "A": both set explicitly.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=$(mktemp --suffix=.svg)
trap 'rm -f "$svg"' EXIT
sed 's/<svg /<svg stroke="none" fill-rule="evenodd" /' static/favicon.svg > "$svg"
mkdir -p static/icons
for size in 192 512; do
	density=$((size * 3))
	convert -background none -density "$density" "$svg" -resize "${size}x${size}" -depth 8 -strip "static/icons/icon-$size.png"
	# Maskable: the whole square is painted; the mark sits inside the central 70 % safe zone.
	inner=$((size * 70 / 100))
	convert -background none -density "$density" "$svg" -resize "${inner}x${inner}" \
		-background '#1f3a5f' -gravity center -extent "${size}x${size}" -depth 8 -strip "static/icons/maskable-$size.png"
done
