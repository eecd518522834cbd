#!/bin/sh
# Renders the image golden sites with the real Jekyll and checks every <img> with html-proofer.
# Debian bookworm: apt-get install -y jekyll ruby-html-proofer  (jekyll 4.3.1, html-proofer 3.19.2)
# Usage: scripts/html-proofer-golden/run.sh   (from the repository root)
# Output: src/test/resources/images-golden/<site>/htmlproofer.txt, read by HtmlProoferGoldenTest.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
golden="$root/src/test/resources/images-golden"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for site in root kb; do
  jekyll build --quiet --source "$golden/$site" --destination "$work/$site/_site" \
    --disable-disk-cache >/dev/null || exit 1
  # html-proofer checks the built files without baseurl: --url-swap maps /kb/ back to the output root,
  # which is what a server under /kb does. Links and scripts are not its job here (images only).
  swap=""
  if [ "$site" = kb ]; then swap="--url-swap ^/kb/:/"; fi
  (cd "$work/$site" && htmlproofer --disable-external --checks-to-ignore LinkCheck,ScriptCheck \
     $swap ./_site 2>&1) | sed -e "s#$work/$site/##g" -e 's/\x1b\[[0-9;]*m//g' \
     | grep -v -e '^Running' -e '^Checking' -e '^Ran on' -e '^Running \[' \
     > "$golden/$site/htmlproofer.txt"
done
echo "written: $golden/*/htmlproofer.txt"
