#!/usr/bin/env bash
# Builds the LIQ004 golden pair with the real Jekyll (Debian bookworm: apt-get install -y jekyll
# ruby-kramdown-parser-gfm; jekyll 4.3.1, Liquid 5.4) and keeps each page's built HTML, so tests can show that
# the page faq:fix makes (fixed.md) renders the Liquid in its code as written, where before.md loses it.
# Usage: scripts/fix-golden/liq004.sh   (from the repository root)
# Output: src/test/resources/fix-golden/liq004/{before,fixed}.html, read by LiquidInCodeFixTest.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll
golden_tmp
golden="$root/src/test/resources/fix-golden/liq004"
for name in before fixed; do
  mkdir -p "$work/$name/docs"
  printf 'title: LIQ004 golden\n' > "$work/$name/_config.yml"
  cp "$golden/$name.md" "$work/$name/docs/a.md"
  jekyll build --quiet --source "$work/$name" --destination "$work/$name-site" --disable-disk-cache
  cp "$work/$name-site/docs/a.html" "$golden/$name.html"
done
echo "written: $golden/before.html $golden/fixed.html"
