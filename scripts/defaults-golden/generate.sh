#!/usr/bin/env bash
# Reads the fixture site src/test/resources/defaults-golden/site with the real Jekyll (Debian package jekyll 4.3.1)
# and writes to defaults-golden/golden.txt, for every page, the values its front matter defaults give the keys the
# fixture's _config.yml names (key=value, sorted; a key no default gives is left out). The pages have no keys of
# their own, so each value is what Jekyll's FrontmatterDefaults chose: scope paths with and without globs, and the
# precedence of a longer scope path and of a scope with a type. FrontMatterDefaultsGoldenTest compares SiteConfig.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init jekyll ruby
dir="$root/src/test/resources/defaults-golden"
ruby -rjekyll -e '
  site = Jekyll::Site.new(Jekyll.configuration("source" => ARGV[0], "destination" => "/nonexistent", "quiet" => true))
  site.reset
  site.read
  keys = site.config["defaults"].flat_map { |d| d["values"].keys }.uniq.sort
  site.pages.sort_by(&:relative_path).each do |p|
    given = keys.map { |k| [k, p.data[k]] }.reject { |_, v| v.nil? }
    puts ([p.relative_path] + given.map { |k, v| "#{k}=#{v}" }).join("\t")
  end' "$dir/site" > "$dir/golden.txt"
echo "defaults-golden/golden.txt"
