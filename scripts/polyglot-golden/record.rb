# Jekyll hook (copied into the fixture copy's _plugins): records each page and document polyglot writes, with the
# language of the build that writes it.
Jekyll::Hooks.register [:pages, :documents], :post_write do |page|
  site = page.site
  dest = page.destination(site.dest).sub(site.dest + "/", "")
  File.open(ENV.fetch("FAQ_GOLDEN_RECORD"), "a") do |f|
    f.puts [site.active_lang, page.relative_path.sub(%r!\A/!, ""), dest].join("\t")
  end
end
