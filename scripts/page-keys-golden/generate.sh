#!/usr/bin/env bash
# Builds the fixture site src/test/resources/page-keys-golden/site with the real Jekyll (Debian package jekyll 4.3.1,
# Liquid 5.4) and, when LIQUID_GIT names a git checkout of Shopify/liquid, again with Liquid 4.0.4 (the version
# Jekyll's gemspec resolves in a site's own bundle), and writes to page-keys-golden/golden.txt, per page:
#   source path <TAB> shown|hidden (Liquid 5.4) <TAB> shown|hidden (Liquid 4.0.4, or '-')
# 'shown' when the page's output holds its key 'card_type' (its name or its value): its layout or its own Liquid
# reads it, by name or without naming it ({% for field in page %}, page | jsonify, page[name] over a data list).
# FM007 must stay silent on the shown ones and report the hidden ones (PageKeysGoldenTest).
# Debian packages: ruby, jekyll, git.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
golden_tmp
dir="$root/src/test/resources/page-keys-golden"
# build ENGINE_ARGS... : builds into $work/out and prints path<TAB>verdict per page
build() {
  rm -rf "$work/out"
  "$@" build -q -s "$dir/site" -d "$work/out" >/dev/null
  (cd "$dir/site" && find . -name '*.md' | sed 's#^\./##' | LC_ALL=C sort) | while read -r rel; do
    name=$(basename "$rel" .md)
    case "$rel" in _cards/*) out="$work/out/cards/$name.html" ;; *) out="$work/out/$name.html" ;; esac
    if grep -q -e 'card_type' -e "value-of-$name\b" "$out"; then v=shown; else v=hidden; fi
    printf '%s\t%s\n' "$rel" "$v"
  done
}
build jekyll > "$work/five"
if [ -n "${LIQUID_GIT:-}" ]; then
  mkdir -p "$work/liquid4"
  git --git-dir="$(git -C "$LIQUID_GIT" rev-parse --absolute-git-dir)" archive v4.0.4 lib | tar -x -C "$work/liquid4"
  build ruby -I "$work/liquid4/lib" "$(command -v jekyll)" > "$work/four"
else
  sed 's/\t.*/\t-/' "$work/five" > "$work/four"
fi
{
  echo "# source path, output holds the key card_type: Liquid 5.4 (Debian jekyll 4.3.1), Liquid 4.0.4"
  paste "$work/five" <(cut -f2 "$work/four")
} > "$dir/golden.txt"
echo "page-keys-golden/golden.txt"
