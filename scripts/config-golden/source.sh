#!/usr/bin/env bash
# Records what `jekyll build` (Debian package jekyll 4.3.1), run in a repository whose _config.yml sets
# `source: docs`, publishes: which pages, at which URLs, with the settings of which configuration file; and what
# `--source .` on the command line (as GitHub Pages' build passes it) does to the same repository.
# Writes src/test/resources/config-golden/source.tsv:
#   case <TAB> published files (sorted, comma-separated) <TAB> the title the home page shows
# SourceSettingTest reads the committed output; it does not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll
golden_tmp
out="$root/src/test/resources/config-golden/source.tsv"
make_repo() { # $1: also give docs/ a configuration file of its own
  rm -rf "$work/repo" "$work/out"
  mkdir -p "$work/repo/docs/guide"
  printf 'title: outer\nsource: docs\nexclude: [drafts]\n' > "$work/repo/_config.yml"
  [ "$1" = yes ] && printf 'title: inner\n' > "$work/repo/docs/_config.yml"
  printf -- '---\n---\n[{{ site.title }}]\n' > "$work/repo/docs/index.md"
  printf -- '---\n---\nguide\n' > "$work/repo/docs/guide/a.md"
  mkdir -p "$work/repo/docs/drafts" && printf -- '---\n---\ndraft\n' > "$work/repo/docs/drafts/d.md"
  printf -- '---\n---\n[{{ site.title }}]\n' > "$work/repo/index.md"
  printf 'x' > "$work/repo/pom.xml"
}
publish() { (cd "$work/out" && find . -type f | sed 's:^\./::' | sort | paste -sd, -); }
title() { sed -n 's/.*\[\(.*\)\].*/\1/p' "$work/out/index.html"; }
{
  printf '# %s: run in the repository root\n' "$(jekyll --version)"
  make_repo no
  (cd "$work/repo" && jekyll build --quiet -d "$work/out" >/dev/null)
  printf 'source: docs\t%s\t%s\n' "$(publish)" "$(title)"
  make_repo yes
  (cd "$work/repo" && jekyll build --quiet -d "$work/out" >/dev/null)
  printf 'source: docs, docs/_config.yml\t%s\t%s\n' "$(publish)" "$(title)"
  make_repo no
  (cd "$work/repo" && jekyll build --quiet --source . -d "$work/out" >/dev/null)
  printf 'source: docs, --source .\t%s\t%s\n' "$(publish)" "$(title)"
} > "$out"
echo "wrote $out"
