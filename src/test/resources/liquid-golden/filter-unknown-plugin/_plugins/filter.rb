module NoSuchFilter
  def nosuchfilter(input, *args)
    "plugin-#{input}"
  end
end
Liquid::Template.register_filter(NoSuchFilter)
