#!/usr/bin/env bash
# Records which configuration file the real Jekyll (Debian package jekyll 4.3.1, with ruby-tomlrb) reads when a
# site holds several of _config.yml, _config.yaml and _config.toml: each present file sets a different title,
# and the built page shows the one Jekyll took. Writes src/test/resources/config-golden/files.tsv:
#   files present (comma-separated)  <TAB>  the file Jekyll read ("-" for none)
# ConfigFileTest reads the committed output; it does not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll
golden_tmp
out="$root/src/test/resources/config-golden/files.tsv"
cases=("" "_config.yml" "_config.yaml" "_config.toml" "_config.yml,_config.yaml" "_config.yaml,_config.toml"
  "_config.yml,_config.toml" "_config.yml,_config.yaml,_config.toml")
{
  printf '# %s: files present -> file read (the title the built page shows)\n' "$(jekyll --version)"
  for files in "${cases[@]}"; do
    site="$work/site"
    rm -rf "$site" "$work/out"
    mkdir -p "$site"
    printf -- '---\ntitle: Home\n---\n[{{ site.title }}]\n' > "$site/index.md"
    IFS=, read -r -a names <<< "$files"
    for name in "${names[@]}"; do
      case "$name" in
        *.toml) printf 'title = "%s"\n' "$name" > "$site/$name" ;;
        *) printf 'title: "%s"\n' "$name" > "$site/$name" ;;
      esac
    done
    jekyll build --quiet -s "$site" -d "$work/out" >/dev/null
    read_file=$(sed -n 's/.*\[\(.*\)\].*/\1/p' "$work/out/index.html")
    printf '%s\t%s\n' "${files:--}" "${read_file:--}"
  done
} > "$out"
echo "wrote $out"
