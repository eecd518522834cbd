#!/usr/bin/env bash
# Builds every fixture site under src/test/resources/orphan-golden/<name>/site with the real Jekyll (Debian
# package jekyll 4.3.1) and writes to <name>/shown.txt the site's image files that some built page shows
# (an <img src> of the output, resolved against the page's URL), one per line, sorted. The images of the
# site not listed there are orphans: ImageOrphanGoldenTest expects IMG006 on exactly those.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
fixtures="$root/src/test/resources/orphan-golden"
golden_tmp
for dir in "$fixtures"/*/; do
  name=$(basename "$dir")
  out="$work/$name"
  jekyll build --quiet -s "$dir/site" -d "$out" >/dev/null
  ruby -ruri -e '
    out = ARGV[0]
    shown = []
    Dir.glob("#{out}/**/*.html").each do |page|
      url = "/" + page.delete_prefix(out + "/")
      File.read(page).scan(/<img[^>]*\ssrc="([^"]+)"/).each do |(src)|
        path = URI.join("http://h" + url, src).path.delete_prefix("/")
        shown << path if File.file?(File.join(out, path))
      end
    end
    puts shown.uniq.sort' "$out" > "$dir/shown.txt"
  echo "$name/shown.txt"
done
