# Prepares the _config.yml of a fixture copy for one platform and prints the baseurl the build uses.
#   ruby configure.rb COPY/_config.yml github-pages|jekyll
require "yaml"

PAGES_PLUGINS = %w(jekyll-optional-front-matter jekyll-relative-links jekyll-titles-from-headings
                   jekyll-default-layout jekyll-readme-index).freeze

file, mode = ARGV
config = YAML.safe_load(File.read(file)) || {}
if mode == "github-pages"
  config["plugins"] = ((config["plugins"] || []) + PAGES_PLUGINS).uniq
  # jekyll-github-metadata (offline it cannot ask the API): a project site without baseurl is served under
  # /<repository>; 'owner.github.io' repositories are served at the root.
  repo = config["repository"].to_s
  owner, name = repo.split("/", 2)
  if (config["baseurl"].nil? || config["baseurl"] == "/") && name && name.downcase != "#{owner.downcase}.github.io"
    config["baseurl"] = "/#{name}"
  end
end
File.write(file, YAML.dump(config))
print config["baseurl"].to_s
