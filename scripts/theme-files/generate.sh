#!/usr/bin/env bash
# Records which just-the-docs releases ship each version of each layout and include, so that a site that copied
# the theme's files into its own folders (no gem, no remote_theme, no gemspec) is checked against the release
# it copied: src/main/resources/io/github/faqkit/core/platform/theme-files.tsv, one line per distinct file,
#   <path> TAB <git blob id> TAB <release>,<release>,...
# Only files of 300 bytes or more under _layouts/ and _includes/ (the small ones, such as head_custom.html,
# are placeholders a site fills in). Releases: the tags vX.Y.Z (no release candidates).
# Usage: scripts/theme-files/generate.sh JUST_THE_DOCS_GIT_DIR   (a clone of the theme's repository)
set -euo pipefail
git_dir="${1:?usage: $0 JUST_THE_DOCS_GIT_DIR}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/src/main/resources/io/github/faqkit/core/platform/theme-files.tsv"
mkdir -p "$(dirname "$out")"
git --git-dir="$git_dir" tag -l 'v*' | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | while read -r tag; do
  git --git-dir="$git_dir" ls-tree -r -l "$tag" -- _layouts _includes \
    | awk -v t="${tag#v}" '$2 == "blob" && $4 >= 300 { print $5 "\t" $3 "\t" t }'
done | sort -t $'\t' -k1,1 -k2,2 -s \
  | awk -F '\t' '{ k = $1 "\t" $2; if (k == last) { tags = tags "," $3 } else { if (last != "") print last "\t" tags; last = k; tags = $3 } }
                 END { if (last != "") print last "\t" tags }' > "$out"
echo "written: $out ($(wc -l < "$out") files)"

# Every include of every release, whatever its size, by name: which includes a build with a given release can find
# (a site's own layout that includes one its theme release lacks stops the build):
#   <path under _includes> TAB <release>,<release>,...
includes="$root/src/main/resources/io/github/faqkit/core/platform/theme-includes.tsv"
git --git-dir="$git_dir" tag -l 'v*' | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | while read -r tag; do
  git --git-dir="$git_dir" ls-tree -r --name-only "$tag" -- _includes | sed "s|^_includes/||; s|\$|\t${tag#v}|"
done | sort -t $'\t' -k1,1 -s \
  | awk -F '\t' '{ if ($1 == last) { tags = tags "," $2 } else { if (last != "") print last "\t" tags; last = $1; tags = $2 } }
                 END { if (last != "") print last "\t" tags }' > "$includes"
echo "written: $includes ($(wc -l < "$includes") includes)"
