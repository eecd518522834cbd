#!/usr/bin/env bash
# Records how the real Jekyll (Debian package jekyll 4.3.1) reads the files of 'jekyll build --config a.yml,b.yml':
# which files it reads, which value wins for a key both set, how nested settings and lists combine, what an empty
# value in a later file does, and that _config.yml is not read when --config leaves it out. Each case builds a site
# whose page prints the merged settings. Writes src/test/resources/config-golden/merge.tsv:
#   --config argument  <TAB>  title  <TAB>  baseurl  <TAB>  nested (jsonify)  <TAB>  first two of exclude  <TAB>  kept
# ("FAILS" when the build stops). BuildConfigsTest reads the committed output; it does not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll
golden_tmp
out="$root/src/test/resources/config-golden/merge.tsv"
site="$work/site"
mkdir -p "$site"
# an HTML page: no Markdown converter touches what Liquid prints; Jekyll appends its own entries to exclude
printf -- '---\ntitle: Home\n---\n[{{ site.title }}|{{ site.baseurl }}|{{ site.nested | jsonify }}|%s|{{ site.kept }}]\n' \
  '{{ site.exclude[0] }} {{ site.exclude[1] }}' > "$site/index.html"
cat > "$site/_config.yml" <<'YML'
title: main
baseurl: /main
nested: {a: 1, b: {c: 2, d: 3}}
exclude: [one.md]
kept: from-main
YML
cat > "$site/second.yml" <<'YML'
title: second
baseurl: /second
nested: {b: {d: 4, e: 5}, f: 6}
exclude: [two.md]
kept:
YML
cat > "$site/third.yml" <<'YML'
baseurl: ""
YML
cases=("" "_config.yml" "second.yml" "_config.yml,second.yml" "second.yml,_config.yml"
  "_config.yml,second.yml,third.yml" "_config.yml,missing.yml")
{
  printf '# %s: --config argument -> title, baseurl, nested, exclude, kept (the page prints the merged site)\n' \
    "$(jekyll --version)"
  for arg in "${cases[@]}"; do
    rm -rf "$work/out"
    # Jekyll resolves the --config files against the working folder, as a workflow step runs it
    if (cd "$site" && jekyll build --quiet ${arg:+--config "$arg"} -d "$work/out") >/dev/null 2>&1; then
      got=$(sed -n 's/.*\[\(.*\)\].*/\1/p' "$work/out/index.html" | tr '|' '\t')
    else
      got=FAILS
    fi
    printf '%s\t%s\n' "${arg:--}" "$got"
  done
} > "$out"
echo "wrote $out"
