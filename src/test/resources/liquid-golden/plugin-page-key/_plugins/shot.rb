# A generator that sets page data no source file holds (as jekyll-last-modified-at or a screenshot plugin
# does): page.shot is known only to the build.
class ShotGenerator < Jekyll::Generator
  def generate(site)
    site.pages.each { |page| page.data["shot"] = "shot-#{page.basename}" if page.data["title"] }
  end
end
