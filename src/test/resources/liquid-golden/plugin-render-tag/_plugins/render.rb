# A site's own {% render %} tag on Liquid 4 (as octopress-render-tag and jekyll-liquid-plus register one):
# the build knows the tag, and what it writes is the plugin's.
class FaqRenderTag < Liquid::Tag
  def render(_context)
    "<p>rendered by a plugin</p>"
  end
end
Liquid::Template.register_tag("render", FaqRenderTag)
