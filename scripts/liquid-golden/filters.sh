#!/bin/sh
# Records the filter names a real build knows: src/test/resources/liquid-filters/<name>.txt, first line the engine.
# Liqp (the plugin's Liquid) brings filters of its own and of Liquid 5 that Liquid 4.0.4, which every real build runs,
# does not have; Liquid4Filters keeps the lists and Liquid4FiltersTest compares them with these files.
# Usage (from the repository root), with the runners of scripts/pages-engine/setup.sh DIR:
#   JEKYLL=DIR/bin/jekyll4-liquid4 scripts/liquid-golden/filters.sh jekyll-4.3.1   (Jekyll 4.3.1, Liquid 4.0.4)
#   JEKYLL=DIR/bin/jekyll scripts/liquid-golden/filters.sh jekyll-3.10.0           (GitHub Pages: 3.10.0, 4.0.4)
set -eu
jekyll=${JEKYLL:-jekyll}
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/src/test/resources/liquid-filters/$1.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site/_plugins" "$(dirname "$out")"
echo "title: filters" > "$work/site/_config.yml"
cp "$root/scripts/liquid-golden/filters.rb" "$work/site/_plugins/"
LIQUID_FILTERS_OUT="$out" $jekyll build --source "$work/site" --destination "$work/out" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
echo "written: $out"
