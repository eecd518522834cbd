#!/usr/bin/env bash
# Measures how deep each kind of nesting (pages.py) can go before kramdown stops with "stack level too deep":
# with kramdown alone (ruby probe.rb: Debian ruby-kramdown 2.4.0 and ruby-kramdown-parser-gfm 1.1.0) and with
# a real `jekyll build` (Debian jekyll 4.3.1) of a one-page site. For each kind it doubles the depth until the
# build fails, then bisects, and writes one line per kind to
# src/test/resources/kramdown-depth/limits.tsv:
#   kind  kramdown-builds  kramdown-fails  jekyll-builds  jekyll-fails   (the deepest depth that builds, and
#                                                                          the shallowest that fails)
# KramdownDepthTest reads the jekyll columns: the plugin must report SRC002 at the failing depth and stay
# silent one level above it. Takes a few minutes (a failing list of 1,000 levels alone takes Jekyll 18 s).
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby python3
golden_tmp
out="$root/src/test/resources/kramdown-depth/limits.tsv"
mkdir -p "$(dirname "$out")" "$work/site"
printf 'title: depth\n' > "$work/site/_config.yml"

kramdown_ok() { # kind n
  python3 "$here/pages.py" "$1" "$2" > "$work/body.md"
  ruby "$here/probe.rb" "$work/body.md"
}
jekyll_ok() { # kind n
  { printf -- '---\ntitle: Deep\n---\n\n'; python3 "$here/pages.py" "$1" "$2"; } > "$work/site/deep.md"
  rm -rf "$work/out"
  jekyll build --quiet -s "$work/site" -d "$work/out" >/dev/null 2>&1
}
limit() { # check kind -> "builds fails"
  local check=$1 kind=$2 lo=0 hi=64
  while $check "$kind" "$hi"; do lo=$hi; hi=$((hi * 2)); [ "$hi" -le 65536 ] || { echo "- -"; return; }; done
  while [ $((hi - lo)) -gt 1 ]; do
    local mid=$(((lo + hi) / 2))
    if $check "$kind" "$mid"; then lo=$mid; else hi=$mid; fi
  done
  echo "$lo $hi"
}

{
  printf '# kind\tkramdown-builds\tkramdown-fails\tjekyll-builds\tjekyll-fails\n'
  printf '# %s; %s; %s\n' "$(ruby -v | cut -d' ' -f1-2)" "kramdown $(ruby -rkramdown -e 'print Kramdown::VERSION')" "$(jekyll -v)"
  for kind in $(python3 -c "import sys; sys.path.insert(0, '$here'); import pages; print(' '.join(pages.KINDS))"); do
    read -r kb kf < <(limit kramdown_ok "$kind")
    read -r jb jf < <(limit jekyll_ok "$kind")
    printf '%s\t%s\t%s\t%s\t%s\n' "$kind" "$kb" "$kf" "$jb" "$jf"
    echo "$kind: kramdown $kb/$kf, jekyll $jb/$jf" >&2
  done
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out" >&2
