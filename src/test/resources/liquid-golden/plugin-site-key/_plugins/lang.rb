# What jekyll-multiple-languages-plugin does for each language it builds: a site value no source file holds.
Jekyll::Hooks.register :site, :after_reset do |site|
  site.config["lang"] = "en"
end
