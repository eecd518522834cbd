# The header id kramdown-parser-gfm gives each line of CASES: its own generate_gfm_header_id, taken from the
# installed gem's source and evaluated in this Ruby (the id depends on the Ruby's Unicode version only).
# The gem source and the cases are pasted in by generate.sh (ruby.wasm cannot read the host's files).
gfm_source = GFM_SOURCE
non_word = gfm_source[/^\s*NON_WORD_RE = (.*)$/, 1]
method = gfm_source[/^(\s*def generate_gfm_header_id\(text\)\n.*?^\s*end\n)/m, 1]
klass = Class.new do
  const_set(:NON_WORD_RE, eval(non_word))
  class_eval(method)
  def initialize
    @id_counter = Hash.new(-1)
    @options = { auto_id_prefix: "" }
  end
end
out = +"# Ruby #{RUBY_VERSION}, Unicode #{RbConfig::CONFIG['UNICODE_VERSION']}: kramdown-parser-gfm header id of each case\n"
CASES.each_line(chomp: true) do |text|
  next if text.empty? || text.start_with?("#")
  out << klass.new.generate_gfm_header_id(text) << "\t" << text << "\n"
end
out
