# Jekyll plugin copied into an empty site by filters.sh: once the site is read, it writes the filter names the build
# knows (Liquid's standard filters and every module Jekyll and its plugins registered), as Liquid 4's Strainer lets
# them be invoked. Any other name is no filter: Strainer#invoke hands its input on, or stops the render under
# liquid: strict_filters.
OUT = ENV.fetch("LIQUID_FILTERS_OUT")
Jekyll::Hooks.register :site, :post_read do |_site|
  names = Liquid::Strainer.create(Liquid::Context.new).class.filter_methods.to_a.map(&:to_s).sort.uniq
  File.write(OUT, "engine jekyll #{Jekyll::VERSION} liquid #{Liquid::VERSION}\n" + names.join("\n") + "\n")
end
