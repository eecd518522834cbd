#!/usr/bin/env bash
# The values front matter defaults give every page of src/test/resources/defaults-golden/site under Jekyll 3
# (3.10.0, the version the github-pages gem pins), computed by Jekyll 3.10.0's own FrontmatterDefaults code over
# the fixture's _config.yml and pages, in defaults-golden/golden-jekyll3.txt (same format as golden.txt). Jekyll 3
# matches a plain scope path by whole folders (Pathname#ascend), where Jekyll 4 compares text.
# Needs ruby (Debian package ruby) and a git checkout of jekyll/jekyll, whose tag v3.10.0 is read:
#   JEKYLL_SOURCE=/path/to/jekyll/.git scripts/defaults-golden/jekyll3.sh
# The Java test reads the committed output; it does not need Ruby.
set -euo pipefail
. "$(dirname "$0")/../lib/golden.sh"
golden_init ruby git
golden_tmp
: "${JEKYLL_SOURCE:?set JEKYLL_SOURCE to a git checkout of jekyll/jekyll (its tag v3.10.0 is read)}"
dir="$root/src/test/resources/defaults-golden"
mkdir -p "$work/lib/jekyll"
git -C "$JEKYLL_SOURCE" show "v3.10.0:lib/jekyll/frontmatter_defaults.rb" > "$work/lib/jekyll/frontmatter_defaults.rb"
# Only FrontmatterDefaults is loaded, with a site that has what it reads (source, config) and a quiet logger.
ruby -I"$work/lib" -ryaml -rpathname -e '
module Jekyll
  def self.logger; Class.new { def debug(*); end; def warn(*); end }.new; end
  module Utils; def self.parse_date(d, _m); d; end; end
end
require "jekyll/frontmatter_defaults"
src = ARGV[0]
config = {"collections_dir" => ""}.merge(YAML.safe_load(File.read(File.join(src, "_config.yml"))))
site = Struct.new(:source, :config).new(src, config)
defaults = Jekyll::FrontmatterDefaults.new(site)
keys = config["defaults"].flat_map { |d| d["values"].keys }.uniq.sort
pages = Dir.glob("**/*.md", base: src).sort
pages.each do |path|
  given = keys.map { |k| [k, defaults.find(path, :pages, k)] }.reject { |_, v| v.nil? }
  puts ([path] + given.map { |k, v| "#{k}=#{v}" }).join("\t")
end' "$dir/site" > "$dir/golden-jekyll3.txt"
echo "defaults-golden/golden-jekyll3.txt"
