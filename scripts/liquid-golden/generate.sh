#!/bin/sh
# Builds each Liquid fixture site with the real Jekyll and records, per page, the element ids, <img src>
# (with alt), <a href> of the page body as built, the front matter keys only the templates show, or the
# error that stops the build. Debian bookworm: apt-get install -y jekyll ruby-kramdown-parser-gfm
# (jekyll 4.3.1, Liquid 4/5 as packaged, kramdown-parser-gfm 1.1.0); the plugins fixtures list in _config.yml:
# ruby-jekyll-last-modified-at ruby-jekyll-titles-from-headings (plugin-page-keys-known).
# Usage: [JEKYLL=runner] scripts/liquid-golden/generate.sh [fixture...]   (from the repository root; no names: every
# fixture). The reference is Liquid 4.0.4, what every real build runs (GitHub Pages: Jekyll 3.10.0 + Liquid 4.0.4; a
# Jekyll 4 site with its own Gemfile: liquid ~> 4.0 from Jekyll's gemspec), not the Liquid 5.4 Debian packages:
# JEKYLL names a command that runs Jekyll 4.3.1 on Liquid 4.0.4, e.g. DIR/bin/jekyll4-liquid4 made by
# scripts/pages-engine/setup.sh DIR (default: jekyll, Debian's Jekyll on Liquid 5.4, for a side recording only).
# Output: src/test/resources/liquid-golden/<fixture>/golden.txt, read by LiquidGoldenTest; its first line names the
# Jekyll and Liquid that ran ("engine jekyll X liquid Y"). A fixture's own _plugins/*.rb run in its build
# (plugin-site-key: a site value only a plugin sets). GOLDEN=name writes <fixture>/name instead of golden.txt: a side
# recording with another runner, e.g. JEKYLL=DIR/bin/jekyll GOLDEN=golden-pages.txt for GitHub Pages' engine (Jekyll
# 3.10.0 + Liquid 4.0.4), or GOLDEN=golden-liquid5.txt with Debian's jekyll where Liquid 5.4 differs.
# jekyll-last-modified-at is not packaged here: plugin-page-keys-known keeps its recording (Jekyll 4.3.1, Liquid 5.4).
set -u
jekyll=${JEKYLL:-jekyll}
name_out=${GOLDEN:-golden.txt}
root=$(cd "$(dirname "$0")/../.." && pwd)
golden="$root/src/test/resources/liquid-golden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then dirs=$(for n in "$@"; do echo "$golden/$n/"; done); else dirs=$(ls -d "$golden"/*/); fi
for dir in $dirs; do
  name=$(basename "$dir")
  copy="$work/$name"
  cp -r "$dir" "$copy"
  rm -f "$copy"/golden*.txt
  mkdir -p "$copy/_plugins"
  cp "$root/scripts/liquid-golden/record.rb" "$copy/_plugins/"
  out="$work/$name.txt"
  : > "$out"
  engine="$work/$name.engine"
  if LIQUID_GOLDEN_ENGINE="$engine" LIQUID_GOLDEN_OUT="$out" $jekyll build --source "$copy" --destination "$work/$name-site" \
      --disable-disk-cache >"$work/$name.log" 2>&1; then
    # pages in path order, each block as the hook wrote it
    { cat "$engine"; ruby -e 'blocks = File.read(ARGV[0]).split(/\n\n/).reject(&:empty?).sort; puts blocks.join("\n\n")' \
      "$out"; } > "$dir/$name_out"
  else
    # the first line Jekyll prints about the error (not a warning of a lax reading), without the machine's paths
    { cat "$engine"; echo "build failed"; grep -v "Liquid Warning" "$work/$name.log" | sed -e "s#$copy/##g" -e "s#$work/[^ ]*##g" -e "s/\x1b\[[0-9;]*m//g" -e "s/^ *//" | grep -m1 -i -e "Liquid" -e "error"; } \
      > "$dir/$name_out"
  fi
done
echo "written: $golden/*/$name_out"
