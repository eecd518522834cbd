#!/bin/sh
# Builds each Liquid fixture site with the real Jekyll and records, per page, the element ids, <img src>
# (with alt), <a href> of the page body as built, the front matter keys only the templates show, or the
# error that stops the build. Debian bookworm: apt-get install -y jekyll ruby-kramdown-parser-gfm
# (jekyll 4.3.1, Liquid 4/5 as packaged, kramdown-parser-gfm 1.1.0); the plugins fixtures list in _config.yml:
# ruby-jekyll-last-modified-at ruby-jekyll-titles-from-headings (plugin-page-keys-known).
# Usage: scripts/liquid-golden/generate.sh [fixture...]   (from the repository root; no names: every fixture)
# Output: src/test/resources/liquid-golden/<fixture>/golden.txt, read by LiquidGoldenTest. A fixture's own
# _plugins/*.rb run in its build (plugin-site-key: a site value only a plugin sets).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
golden="$root/src/test/resources/liquid-golden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then dirs=$(for n in "$@"; do echo "$golden/$n/"; done); else dirs=$(ls -d "$golden"/*/); fi
for dir in $dirs; do
  name=$(basename "$dir")
  copy="$work/$name"
  cp -r "$dir" "$copy"
  rm -f "$copy/golden.txt"
  mkdir -p "$copy/_plugins"
  cp "$root/scripts/liquid-golden/record.rb" "$copy/_plugins/"
  out="$work/$name.txt"
  : > "$out"
  if LIQUID_GOLDEN_OUT="$out" jekyll build --source "$copy" --destination "$work/$name-site" \
      --disable-disk-cache >"$work/$name.log" 2>&1; then
    # pages in path order, each block as the hook wrote it
    ruby -e 'blocks = File.read(ARGV[0]).split(/\n\n/).reject(&:empty?).sort; puts blocks.join("\n\n")' \
      "$out" > "$dir/golden.txt"
  else
    # the first line Jekyll prints about the error (not a warning of a lax reading), without the machine's paths
    { echo "build failed"; grep -v "Liquid Warning" "$work/$name.log" | grep -m1 -i -e "Liquid" -e "error" | sed -e "s#$copy/##g" -e "s/\x1b\[[0-9;]*m//g" -e "s/^ *//"; } \
      > "$dir/golden.txt"
  fi
done
echo "written: $golden/*/golden.txt"
