# Loaded as a plugin of the fixture copy built "as Jekyll 3": evaluates the link tag of Jekyll 3.10.0 (the Jekyll
# GitHub Pages runs), read by generate.sh from a Jekyll source checkout, over Jekyll 4's Jekyll::Tags::Link.
eval(File.read(ENV.fetch("FAQ_JEKYLL3_LINK_RB")), TOPLEVEL_BINDING, "jekyll-3.10.0/lib/jekyll/tags/link.rb")
