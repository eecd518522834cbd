# Whether kramdown (GFM input, as Jekyll runs it) converts a body without running out of stack.
#   ruby probe.rb FILE  -> exit 0 when it converts, 1 on SystemStackError
require "kramdown"
require "kramdown-parser-gfm"
begin
  Kramdown::Document.new(File.read(ARGV[0]), input: "GFM", hard_wrap: false).to_html
  exit 0
rescue SystemStackError
  exit 1
end
