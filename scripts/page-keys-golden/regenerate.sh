#!/usr/bin/env bash
# Records that Jekyll reads the front matter key 'regenerate' (its Regenerator: document.data["regenerate"] makes an
# incremental build write the page again even when nothing changed). Builds a two-page site with
# `jekyll build --incremental` (Debian package jekyll 4.3.1) twice and writes, per page, whether the second build
# wrote its output again, to src/test/resources/page-keys-golden/regenerate.tsv:
#   source path <TAB> rewritten|kept
# FrontMatterKeysTest holds FM007 silent on 'regenerate' with it. Debian packages: jekyll.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll
golden_tmp
out="$root/src/test/resources/page-keys-golden/regenerate.tsv"
site="$work/site"
mkdir -p "$site"
printf 'title: t\n' > "$site/_config.yml"
printf -- '---\ntitle: A\nregenerate: true\n---\na\n' > "$site/always.md"
printf -- '---\ntitle: B\n---\nb\n' > "$site/plain.md"
(cd "$site" && jekyll build --quiet --incremental -d "$work/out" >/dev/null)
touch -d '2000-01-01' "$work/out/always.html" "$work/out/plain.html"
(cd "$site" && jekyll build --quiet --incremental -d "$work/out" >/dev/null)
{
  printf '# %s, two incremental builds: was the page written again?\n' "$(jekyll --version)"
  for p in always plain; do
    if [ "$(date -r "$work/out/$p.html" +%Y)" = 2000 ]; then v=kept; else v=rewritten; fi
    printf '%s.md\t%s\n' "$p" "$v"
  done
} > "$out"
echo "wrote $out"
