#!/usr/bin/env bash
# Rebuilds geodata/caucasus_atlas.gpkg and geodata/relief.tif from ../shared/geodata-src
# (or the folder given). Developers only: the results are committed, so a clone needs no network.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="${1:-$here/../../shared/geodata-src}"
need=()
command -v ogrinfo >/dev/null || need+=(gdal-bin)
/usr/bin/python3 -c "import osgeo" 2>/dev/null || need+=(python3-gdal)
if ((${#need[@]})); then
  sudo_cmd=(); ((EUID == 0)) || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
exec /usr/bin/python3 "$here/build_geodata.py" "$src"
