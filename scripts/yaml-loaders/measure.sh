#!/usr/bin/env bash
# Records what two YAML loaders of Jekyll make of each setting of src/test/resources/yaml-loaders/values.txt,
# written into _config.yml and into a page's front matter:
#   debian-config, debian-page  a real `jekyll build` with Debian's jekyll 4.3.1, which reads YAML with
#                               Psych.safe_load (Date and Time allowed, aliases allowed; Debian's patch that drops
#                               the safe_yaml gem): "ok", "fails" (the build stops) or "dropped" (the page is built
#                               without its front matter: Jekyll logs "Error reading file")
#   released                    the safe_yaml gem 1.0.5 that the released Jekyll gem (3.x for GitHub Pages, 4.3.x)
#                               reads YAML with: "ok" or "fails" (the build stops for _config.yml, the page loses
#                               its front matter). Needs a checkout of https://github.com/dtao/safe_yaml (1.0.5):
#   SAFE_YAML=/path/to/safe_yaml scripts/yaml-loaders/measure.sh
# Output: src/test/resources/yaml-loaders/verdicts.tsv (value, debian-config, debian-page, released), read by
# YamlLoadersTest; it does not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
golden_tmp
safe="${SAFE_YAML:?set SAFE_YAML to a checkout of the safe_yaml gem 1.0.5}"
cases="$root/src/test/resources/yaml-loaders/values.txt"
out="$root/src/test/resources/yaml-loaders/verdicts.tsv"

debian_config() { # yaml -> ok | fails
  local site="$work/c"
  rm -rf "$site" "$work/c-out"
  mkdir -p "$site"
  printf -- '---\ntitle: Home\n---\nHello\n' > "$site/index.md"
  printf 'title: T\n%s\n' "$1" > "$site/_config.yml"
  if jekyll build --quiet -s "$site" -d "$work/c-out" >/dev/null 2>&1; then echo ok; else echo fails; fi
}
debian_page() { # yaml -> ok | dropped | fails
  local site="$work/p"
  rm -rf "$site" "$work/p-out"
  mkdir -p "$site"
  printf 'title: T\n' > "$site/_config.yml"
  printf -- '---\ntitle: Kept\n%s\n---\n[{{ page.title }}]\n' "$1" > "$site/a.md"
  if ! jekyll build -s "$site" -d "$work/p-out" >"$work/p-log" 2>&1; then echo fails
  elif grep -q '\[Kept\]' "$work/p-out/a.html"; then echo ok
  else echo dropped; fi
}
released() { # yaml -> ok | fails
  if ruby -I "$safe/lib" -rsafe_yaml/load -e 'SafeYAML.load(ARGV[0])' "$1" >/dev/null 2>&1; then echo ok; else echo fails; fi
}

{
  printf '# %s with %s; released: safe_yaml %s\n' "$(jekyll --version)" "$(ruby -v | cut -d' ' -f1-2)" \
    "$(ruby -I "$safe/lib" -rsafe_yaml/version -e 'print SafeYAML::VERSION')"
  printf '# value\tdebian-config\tdebian-page\treleased\n'
  while IFS= read -r line; do
    case "$line" in '#'*|'') continue ;; esac
    yaml=$(printf '%b' "$line")
    printf '%s\t%s\t%s\t%s\n' "$line" "$(debian_config "$yaml")" "$(debian_page "$yaml")" "$(released "title: T
$yaml")"
  done < "$cases"
} > "$out"
echo "wrote $out"
