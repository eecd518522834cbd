# Jekyll hook (copied into the fixture copy's _plugins): records each written page and the static files.
require "json"

FAQ_GOLDEN_PAGES = []

Jekyll::Hooks.register [:pages, :documents], :post_write do |page|
  # the stubs jekyll-redirect-from writes for each redirect_from entry are no pages of the site: they are
  # recorded as the files they are (the golden's link checks look in the built output)
  next if defined?(JekyllRedirectFrom::RedirectPage) && page.is_a?(JekyllRedirectFrom::RedirectPage)
  # nor is the redirects.json it generates from no source file
  next if page.class.name.end_with?("PageWithoutAFile") && page.name == "redirects.json"
  dest = page.destination(page.site.dest).sub(page.site.dest + "/", "")
  FAQ_GOLDEN_PAGES << {
    "source" => page.relative_path.sub(%r!\A/!, ""),
    "url" => page.url,
    "output" => dest,
    "title" => page.data["title"],
    "layout" => page.data["layout"],
  }
end

Jekyll::Hooks.register :site, :post_write do |site|
  # Jekyll 3 keeps a collection's static files in the collection only; Jekyll 4 lists them in static_files too
  files = site.static_files + site.collections.values.flat_map(&:files)
  statics = files.map { |f| f.relative_path.sub(%r!\A/!, "") }.uniq.sort
  File.write(ENV.fetch("FAQ_GOLDEN_RECORD"), JSON.generate({ "pages" => FAQ_GOLDEN_PAGES, "static" => statics }))
end
