#!/usr/bin/env bash
# Records whether a real `jekyll build` (Debian's jekyll 4.3.1: apt-get install jekyll) builds a site whose _data
# folder holds one file, for each case of src/test/resources/data-golden/cases.txt: "ok", or "fails" (the build
# stops). Jekyll reads _data/*.yml, *.yaml and *.json with the YAML loader it reads _config.yml with (JSON as
# YAML), and stops the whole build on a file that loader refuses. A YAML case (yml) is also written as the front
# matter of a page: "ok" (the page keeps it), "dropped" (Jekyll logs "Error reading file" and builds the page
# without it) or "fails"; "-" for the others.
# Output: src/test/resources/data-golden/verdicts.tsv (extension, text, verdict, page), read by DataFilesGoldenTest
# and FrontMatterLibyamlTest.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll
golden_tmp
cases="$root/src/test/resources/data-golden/cases.txt"
out="$root/src/test/resources/data-golden/verdicts.tsv"

{
  echo "# $(jekyll --version)"
  printf '# extension\ttext\tverdict\tpage\n'
  while IFS=$'\t' read -r ext text; do
    case "$ext" in '#'*|'') continue ;; esac
    site="$work/s"
    rm -rf "$site" "$work/out"
    mkdir -p "$site/_data"
    printf 'title: T\n' > "$site/_config.yml"
    printf -- '---\ntitle: Home\n---\nHello\n' > "$site/index.md"
    body=${text//\\n/$'\n'}
    printf '%s' "${body//\\t/$'\t'}" > "$site/_data/x.$ext"
    if jekyll build --quiet -s "$site" -d "$work/out" >/dev/null 2>&1; then v=ok; else v=fails; fi
    page=-
    if [ "$ext" = yml ]; then
      rm -rf "$site/_data" "$work/out"
      printf -- '---\ntitle: Kept\n%s\n---\n[{{ page.title }}]\n' "${body//\\t/$'\t'}" > "$site/a.md"
      if ! jekyll build -s "$site" -d "$work/out" >/dev/null 2>&1; then page=fails
      elif grep -q '\[Kept\]' "$work/out/a.html"; then page=ok
      else page=dropped; fi
    fi
    printf '%s\t%s\t%s\t%s\n' "$ext" "$text" "$v" "$page"
  done < "$cases"
} > "$out"
echo "wrote $out"
