#!/usr/bin/env python3
"""One-off authoring helper: writes the hand-made golden cases (cases/*.md, *.opts)
and cases.tsv (name<TAB>what it tests).  The seed cases s01/s02 are derived from
s01_seed_ai.md which is committed as is.  Re-running overwrites the listed cases only."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, "../../src/test/resources/kramdown-golden"))
CASES = os.path.join(GOLD, "cases")
T = "\t"
cases = []  # (name, description, markdown, opts or None)
def c(name, desc, md, opts=None):
    cases.append((name, desc, md, opts))

H2 = "\n\n## Alpha\n\n### Beta\n"   # headings used by the TOC marker cases

# ---------------------------------------------------------------- IAL placement
c("a01_ial_directly_below", "a1: `{: .no_toc}` on the line directly below an ATX heading attaches to it",
  "# Title\n{: .no_toc}\n\n## Next\n")
c("a02_ial_blank_then_toc", "a2: blank line between heading and IAL: the IAL lands on the TOC list, title stays in TOC",
  "# Title\n\n{: .no_toc}\n\n* TOC\n{:toc}\n\n## Alpha\n")
c("a03_ial_blank_both_paragraph", "a3: blank lines both sides, paragraph next: paragraph gets the class",
  "# Title\n\n{: .no_toc}\n\nSome paragraph\n")
c("a04_ial_blank_both_heading", "a4: blank lines both sides, heading next: the NEXT heading gets .no_toc",
  "# Title\n\n{: .no_toc}\n\n## Next heading directly after\n")
c("a05_ial_blank_before_only", "blank line before the IAL, none after: attaches to the following heading",
  "# Title\n\n{: .no_toc}\n## Next\n")
c("a06_ial_above_heading_docstart", "a6: IAL on the first line, heading directly below: applies to the heading",
  "{: .no_toc}\n# Title\n\nText\n")
c("a07_ial_above_heading_middle", "IAL directly above a heading in the middle of the page (after a blank line)",
  "Intro paragraph.\n\n{: .no_toc}\n## Second\n\n## Third\n")
c("a08_canonical_jtd", "a8: the canonical just-the-docs block (title .no_toc, label .no_toc .text-delta, 1. TOC {:toc})",
  "# Title\n{: .no_toc }\n\n## Table of contents\n{: .no_toc .text-delta }\n\n1. TOC\n{:toc}\n\n---\n\n## First question\n\n### Detail\n\n## Second question\n")
c("a09_setext_h1_ial", "a9: setext H1 with the IAL directly below the underline",
  "Title\n=====\n{: .no_toc}\n\nSub\n---\n{: .cls}\n")
c("a10_two_blanks_each_side", "a10: two blank lines on each side: attaches to the following heading",
  "# Title\n\n\n{: .no_toc}\n\n\n## Keep\n")
c("a11_ial_at_eof", "a11: IAL at end of file after a blank line is dropped silently",
  "## Last\n\n{: .no_toc}\n")
c("a11b_ial_at_eof_no_newline", "IAL after a blank line as the last line without trailing newline",
  "## Last\n\n{: .no_toc}")
c("a11c_ial_below_last_heading_eof", "IAL directly below the last heading, at EOF, no newline: attaches",
  "## Last\n{: .no_toc}")
c("a12_ial_start_then_blank", "a12: IAL on line 1 followed by a blank line: swallowed by the :blank element, dropped",
  "{: .no_toc}\n\n## First\n")
c("a13_ial_start_then_paragraph", "IAL on line 1 directly followed by a paragraph: applies to it",
  "{: .lead}\nFirst paragraph.\n")
c("a14_leading_blank_ial_blank", "a14: leading blank line, IAL, blank, heading: the heading gets the class (NB: Jekyll never passes a leading blank line after front matter, see README)",
  "\n{: .no_toc}\n\n## First\n")
c("a15_consecutive_ials_merge", "several IAL lines in a row below a heading merge (classes accumulate, last id wins)",
  "# Title\n{: .a}\n{: #x .b}\n{: data-k=\"v\" .c}\n")
c("a16_ial_blank_ial", "IAL below heading, blank, second IAL, blank, heading: second goes to the next heading",
  "# Title\n{: .a}\n\n{: .b}\n\n## Next\n")
c("a17_after_paragraph", "IAL directly after a paragraph",
  "A paragraph\nover two lines.\n{: .note}\n\nNext.\n")
c("a18_after_list", "IAL directly after a list attaches to the list (ul) and after an ordered list (ol)",
  "* one\n* two\n{: .cls}\n\n1. a\n2. b\n{: .ocls}\n")
c("a19_after_blockquote_lazy", "IAL line without `>` after a blockquote",
  "> quoted\n{: .cls}\n\nafter\n")
c("a20_inside_blockquote", "IAL with `>` prefix inside a blockquote attaches to the inner paragraph",
  "> quoted\n> {: .cls}\n\nafter\n")
c("a21_after_fenced_code", "IAL directly after a fenced code block",
  "```\ncode\n```\n{: .cls}\n\n~~~ ruby\nx = 1\n~~~\n{: #code-id}\n")
c("a22_after_indented_code", "IAL directly after an indented code block",
  "Para.\n\n    code line\n{: .cls}\n")
c("a23_after_html_block", "IAL directly after an HTML block",
  "<div>html</div>\n{: .cls}\n\n<p>raw p</p>\n{: #pid}\n")
c("a24_leading_spaces_1_to_3", "IAL indented by 1, 2 and 3 spaces still attaches",
  "# One\n {: .s1}\n\n# Two\n  {: .s2}\n\n# Three\n   {: .s3}\n")
c("a25_four_spaces", "IAL indented by 4 spaces after a heading is an indented code block",
  "# Title\n    {: .no_toc}\n\n## Next\n")
c("a25b_four_spaces_after_para", "IAL indented by 4 spaces after a paragraph is paragraph text (lazy continuation)",
  "Para\n    {: .cls}\n")
c("a26_forms", "IAL syntax variants: `{:.cls}`, `{: .a .b #id key=\"v\"}`, single quotes, trailing spaces",
  "P1\n{:.cls}\n\nP2\n{: .a .b #id key=\"v\"}\n\nP3\n{: title='single quoted' .c}\n\nP4\n{: .trail}   \n")
c("a27_in_fenced_code", "IAL-looking lines inside fenced code (``` and ~~~) are code, not IALs",
  "# Title\n```\n{: .no_toc}\n* TOC\n{:toc}\n```\n\n~~~\n{: .x}\n~~~\n")
c("a28_in_indented_code", "IAL-looking line inside an indented code block",
  "# Title\n\n    {: .no_toc}\n    {:toc}\n\nText\n")
c("a29_in_html_comment", "IAL-looking lines inside HTML comments (multi-line and single-line)",
  "# Title\n<!--\n{: .no_toc}\n-->\n\n## Two\n<!-- {: .no_toc} -->\n\n## Three\n")
c("a30_after_hr", "IAL directly after a horizontal rule",
  "Para\n\n---\n{: .sep}\n\nMore\n")
c("a31_after_table", "IAL directly after a table",
  "| a | b |\n|---|---|\n| 1 | 2 |\n{: .tbl}\n")
c("a32_id_ial_on_heading", "`{: #custom-id}` below a heading replaces the auto id (also in the TOC link)",
  "* TOC\n{:toc}\n\n## Heading\n{: #custom-id}\n\n## Other\n")
c("a33_ald_reference", "ALD definition `{:ref: .x}` and use `{: ref}`",
  "{:myald: .from-ald #ald-id}\n\n# Title\n{: myald}\n\nText\n")
c("a34_whitespace_only_line", "a whitespace-only line between heading and IAL counts as blank: detached",
  "# Title\n   \n{: .no_toc}\n## Next\n")
c("a35_after_link_def", "IAL directly after a link definition is attached to the hidden :eob and lost",
  "Para [x].\n\n[x]: http://example.com\n{: .cls}\n\n## Next\n")
c("a36_span_ial", "span IAL right after inline elements (not a block IAL)",
  "Some *emph*{: .e} and [link](http://x){: .l} text.\n")
c("a37_ial_then_list_item_inner", "IAL after a list item paragraph inside a multi-paragraph list item (indented)",
  "* item one\n\n  second para\n  {: .inner}\n* item two\n")

# ---------------------------------------------------------------- TOC markers
c("b01_star", "b01: `* TOC` + `{:toc}` becomes the TOC (ul)", "* TOC\n{:toc}" + H2)
c("b02_ordered", "b02: `1. TOC` + `{:toc}` becomes the TOC (ol)", "1. TOC\n{:toc}" + H2)
c("b03_dash", "b03: `- TOC` + `{:toc}`", "- TOC\n{:toc}" + H2)
c("b04_no_ial", "b04: `- TOC` without IAL stays a literal list", "- TOC" + H2)
c("b05_blank_before_ial", "b05: blank line between item and `{:toc}`: literal list, IAL moves on", "* TOC\n\n{:toc}" + H2)
c("b06_space_before", "b06: `{: toc}`", "* TOC\n{: toc}" + H2)
c("b07_space_after", "b07: `{:toc }`", "* TOC\n{:toc }" + H2)
c("b08_space_both", "b08: `{: toc }`", "* TOC\n{: toc }" + H2)
c("b09_class_toc", "b09: `{:.toc}` is a class, literal list", "* TOC\n{:.toc}" + H2)
c("b10_uppercase", "b10: `{:TOC}` (refs are case-sensitive), literal list", "* TOC\n{:TOC}" + H2)
c("b11_multi_item", "b11: several list items: whole list replaced", "* First item\n* Second item\n{:toc}" + H2)
c("b12_two_markers", "b12: two markers: first is the TOC, second literal", "* TOC\n{:toc}\n\n## Alpha\n\n1. TOC\n{:toc}\n\n### Beta\n")
c("b13_no_headings", "b13: marker, no headings: renders nothing", "Intro\n\n* TOC\n{:toc}\n\nText only.\n")
c("b14_blockquote", "b14: marker inside a blockquote", "> * TOC\n> {:toc}" + H2)
c("b15_indented_2", "b15: `{:toc}` indented 2 spaces: attaches inside the li, literal list", "* TOC\n  {:toc}" + H2)
c("b16_toc_plus_class_merge", "b16: `{:toc}` then `{: .no_toc .text-delta}` merge onto the TOC list", "1. TOC\n{:toc}\n{: .no_toc .text-delta}" + H2)
c("b17_heading_before", "b17: a heading before the marker is included too", "# Before\n\n* TOC\n{:toc}" + H2)
c("b18_ial_without_list", "b18: `{:toc}` without a list: nothing (IAL goes to the next heading)", "Intro\n\n{:toc}" + H2)
c("b19_heading_sources", "b19: blockquote heading in TOC; fenced-code and raw <h2> headings not",
  "* TOC\n{:toc}\n\n## Alpha\n\n> ## Quoted\n\n```\n## Fenced\n```\n\n<h2>Raw</h2>\n\n## Omega\n")
c("b20_markup_in_heading", "b20: TOC entry keeps code/strong, unwraps links, drops footnote refs",
  "* TOC\n{:toc}\n\n## Use `code` and **bold**\n\n## A [link](http://example.com) here\n\n## Note[^1]\n\n[^1]: The note.\n")
c("b21_plus", "b21: `+ TOC` + `{:toc}`", "+ TOC\n{:toc}" + H2)
c("b22_level_skip", "b22: H1, H2, H4 nests H4 directly under H2", "* TOC\n{:toc}\n\n# One\n\n## Two\n\n#### Four\n\n## Two b\n")
c("b23_paren_list", "b23: `1) TOC` is a paragraph, not a list", "1) TOC\n{:toc}" + H2)
c("b24_inline_ial", "inline `1. TOC {:toc}` on one line: span IAL, literal list", "1. TOC {:toc}" + H2)
c("b25_indented_4", "`{:toc}` indented 4 spaces below the item", "* TOC\n    {:toc}" + H2)
c("b26_toc_alone", "`{:toc}` alone, nothing else", "{:toc}\n")
c("b27_custom_id", "`{: toc #contents .c}`: the IAL id replaces markdown-toc (entry ids follow)", "* TOC\n{: toc #contents .c}" + H2)
c("b28_details_block", "just-the-docs collapsible TOC inside `<details markdown=\"block\">`",
  "# Title\n{: .no_toc }\n\n<details open markdown=\"block\">\n  <summary>\n    Table of contents\n  </summary>\n  {: .text-delta }\n1. TOC\n{:toc}\n</details>" + H2)
c("b29_marker_after_headings", "marker at the end of the page, after all headings", "## Alpha\n\n### Beta\n\n* TOC\n{:toc}\n")
c("b30_toc_item_text_varies", "list item text other than TOC (`1. Contents`) still becomes the TOC", "1. Contents\n{:toc}" + H2)

# ---------------------------------------------------------------- heading ids
c("c01_cjk", "CJK headings keep their characters; full-width ？ dropped; duplicates get -1, -2",
  "## AI 训练为什么需要大显存\n\n## 模型的参数越多越好吗？\n\n## 模型的参数越多越好吗？\n\n## 模型的参数越多越好吗?\n")
c("c02_fullwidth_punct", "full-width punctuation removed", "## 全角（括号）、顿号，句号。\n\n## 日本語のタイトル・テスト\n\n## 한국어 제목\n")
c("c03_emoji", "emoji removed, surrounding spaces stay as hyphens", "## 🚀 Emoji first 🎉 end\n\n## 🚀\n")
c("c04_duplicates_faq", "FAQ, FAQ, faq, FAQ-1, FAQ 1: counter keyed on the unsuffixed id gives duplicate ids",
  "## FAQ\n\n## FAQ\n\n## faq\n\n## FAQ-1\n\n## FAQ 1\n")
c("c05_entities", "entities decoded before slugging: &amp; &copy; &#x4e2d; &lt;",
  "## &amp; entity &copy; heading\n\n## Hex &#x4e2d; and &#20013;\n\n## a &lt; b &gt; c\n")
c("c06_smart_quotes", "smart quotes become characters (then removed)", "## Don't \"quoted\" 'single'\n\n## It's the user's\n")
c("c07_typographic", "`--`, `---`, `...`, `<<`, `>>` become typographic characters",
  "## a -- b --- c ... d\n\n## << guillemets >>\n\n## Don't -- stop... \"quoted\"\n")
c("c08_links_images_in_heading", "links unwrapped to their text, images contribute nothing, reference links",
  "## [Linked](http://example.com) heading\n\n## ![img alt](pics/a.png) image heading\n\n## See [ref][r] here\n\n[r]: http://example.com/ref\n")
c("c09_code_spans", "code span contents kept verbatim in the id", "## Use `foo()` and `a b`\n\n## `C++` & `x_y`\n")
c("c10_emphasis", "emphasis, strong, strikethrough text kept", "## *em* **strong** ~~strike~~ _u_\n")
c("c11_footnote", "footnote marker excluded from the id, shown in heading text", "## Note[^1] here\n\n[^1]: A footnote.\n")
c("c12_no_space", "`##NoSpace` and `#Hash` are paragraphs under GFM", "##NoSpace\n\n#Hash\n\n## With space\n")
c("c12_no_space_unicode", "hashes followed by a Unicode space (no-break, em, ideographic) are paragraphs under GFM; a tab is a space",
  "#\u00a0No-break\n\n##\u2003Em\n\n#\u3000Ideographic\n\n#\tTab\n\n## With space\n")
c("c13_empty_heading", "`## ` with nothing after and `##` alone", "## \n\n##\n\n#\n\n## Real\n")
c("c14_punct_only", "punctuation-only headings get an empty id (TOC href=\"#\"), then -1",
  "* TOC\n{:toc}\n\n## !!!\n\n## !!!\n\n## ？\n")
c("c15_setext", "setext H1/H2 ids", "Title One\n=========\n\nSub Two\n-------\n\nMulti word title\n===\n")
c("c16_closing_hashes", "closing hashes removed; escaped hash kept", "## Title ##\n\n## Other #####\n\n## C# ##\n\n## Keep \\#\n")
c("c17_explicit_id", "`{#id}` at end of heading; `{#id .cls}` is NOT header-id syntax; `{#id}` + IAL class below",
  "## Custom {#my-id}\n\n## Another {#custom .no_toc}\n\n## Third {#third}\n{: .cls}\n\n## Custom\n")
c("c18_blockquote_heading", "heading inside a blockquote", "> ## In quote\n>\n> text\n\n## In quote\n")
c("c19_div_markdown", "heading inside `<div markdown=\"1\">`: converter (plain kramdown) id, not GFM; counters interplay",
  "## Inside div\n\n<div markdown=\"1\">\n## Inside div\n\n## 中文标题\n</div>\n\n## Inside div\n")
c("c20_raw_h2", "raw `<h2>` HTML is not a heading for ids or the TOC", "* TOC\n{:toc}\n\n<h2>Raw</h2>\n\n<h2 id=\"given\">Raw with id</h2>\n\n## Real\n")
c("c21_list_item_heading", "headings inside list items", "* ## In item\n\n1. # In ol\n\n## In item\n")
c("c22_case_mapping", "Greek final sigma ΟΔΟΣ (Ruby gives οδοσ), İstanbul (i + U+0307), ß, accents",
  "## ΟΔΟΣ\n\n## İstanbul\n\n## STRASSE ß\n\n## Ünïcödé Çäsé\n")
c("c23_fullwidth_digits", "full-width digits and roman numeral letters (Nl) are word characters",
  "## ０１２ fullwidth digits Ⅻ roman\n")
c("c24_tabs_spaces", "tab after hashes, tab inside, multiple spaces (no collapsing), trailing spaces",
  "##\tTab after hashes\n\n## a\tb\n\n## multiple   spaces\n\n## trailing   \n")
c("c25_digits_underscore", "leading digits kept, underscores kept, hyphens kept", "## 1. Numbered heading\n\n## 2024 年 6 月更新\n\n## under_score and-hyphen\n")
c("c26_symbols", "`C++ & C# vs. Java: what's \"new\"?`, %, #, @", "## C++ & C# vs. Java: what's \"new\"?\n\n## 50% off @ #1\n")
c("c27_leading_spaces_text", "extra spaces between hashes and text", "##    Lots of space\n")
c("c28_inline_html_in_heading", "inline HTML in heading: tags dropped, text kept", "## <span>Span</span> text\n\n## a <b>bold</b> b\n")
c("c29_escapes", "backslash escapes in headings", "## 1\\. not \\*list\\*\n\n## a\\_b\n")
c("c30_suffix_first", "`FAQ-1` before two `FAQ`: the second FAQ also gets faq-1", "## FAQ-1\n\n## FAQ\n\n## FAQ\n")
c("c31_levels_1_to_7", "H1..H6 ids; `#######` is a paragraph", "# H1\n\n## H2\n\n### H3\n\n#### H4\n\n##### H5\n\n###### H6\n\n####### H7\n")
c("c32_indented_heading", "heading indented 1-3 spaces vs 4 spaces", " # One space\n\n   ### Three spaces\n\n    ## Four spaces\n")
c("c33_heading_interrupts_paragraph", "ATX heading directly after a paragraph line (GFM paragraph_end quirk)", "Para line\n## Heading\nText\n")
c("c34_setext_multiline", "setext underline after a two-line paragraph", "Line one\nLine two\n---\n\nA\n===\n")
c("c35_zwj_emoji", "ZWJ/ZWNJ sequences (U+200D, U+200C): Ruby \\p{Word} excludes them",
  "## 👨\u200d👩\u200d👧 family\n\n## a\u200cb\n")
c("c36_combining", "combining accent (e + U+0301) vs precomposed é", "## Cafe\u0301\n\n## Café\n")
c("c37_nbsp", "NBSP (U+00A0) and ideographic space (U+3000) are not spaces: removed", "## a\u00a0b\n\n## 中\u3000文\n")
c("c38_only_code", "heading made of a code span only", "## `only-code`\n")
c("c39_html_entity_named_only", "heading of only an entity", "## &copy;\n\n## &nbsp;\n")
c("c40_hard_break", "trailing backslash / two spaces in heading text", "## ends with backslash\\\n\n## two spaces  \n")

# ---------------------------------------------------------------- options
c("d01_toc_levels_2_3", "toc_levels=2..3: H1 and H4 excluded, .no_toc still applies",
  "* TOC\n{:toc}\n\n# One\n\n## Two\n\n### Three\n\n#### Four\n\n## Skip\n{: .no_toc}\n", "toc_levels=2..3\n")
c("d02_toc_levels_list", "toc_levels=2,4", "* TOC\n{:toc}\n\n## Two\n\n### Three\n\n#### Four\n", "toc_levels=2,4\n")
c("d03_no_toc_subheadings", "H4 under an excluded H3 nests under the previous H3 (default levels)",
  "* TOC\n{:toc}\n\n## A\n\n### A1\n\n### Hidden\n{: .no_toc}\n\n#### Under hidden\n\n## B\n")
c("d04_no_toc_word_boundary", "`\\bno_toc\\b` also matches `no_toc-x`; `no_tocx` does not",
  "* TOC\n{:toc}\n\n## A\n{: .no_toc-x}\n\n## B\n{: .no_tocx}\n\n## C\n{: .x.no_toc}\n")
c("d05_auto_ids_false", "auto_ids=false: no ids, TOC empty", "* TOC\n{:toc}\n\n## A\n\n## B {#explicit}\n", "auto_ids=false\n")
c("d06_toc_levels_single", "toc_levels=1..1 with only H2 headings: empty TOC", "* TOC\n{:toc}\n\n## A\n", "toc_levels=1..1\n")
c("e01_auto_id_prefix", "auto_id_prefix=faq-: prefix on GFM ids and TOC hrefs; explicit ids unprefixed; dedupe",
  "* TOC\n{:toc}\n\n## AI 训练\n\n## AI 训练\n\n## Own {#own}\n\n## !!!\n", "auto_id_prefix=faq-\n")
c("e02_prefix_div", "auto_id_prefix with a heading in `<div markdown=\"1\">` (converter id path)",
  "## Out\n\n<div markdown=\"1\">\n## In\n</div>\n", "auto_id_prefix=faq-\n")

# ---------------------------------------------------------------- images / links
c("f01_space_in_url", "raw spaces in the image URL", "![a](pics/my image.png)\n\n![b](pics/two  spaces.png)\n")
c("f02_angle_brackets", "angle-bracket URL with spaces", "![a](<pics/a b.png>)\n\n[l](<docs/a b.md>)\n")
c("f03_titles", "image and link titles in double/single quotes", "![a](x.png \"Title\")\n\n![b](y.png 'Single')\n\n[l](x.html \"t\")\n")
c("f04_nested_parens", "balanced parentheses inside URLs", "![a](pics/a(1).png)\n\n[w](https://en.wikipedia.org/wiki/Foo_(bar))\n")
c("f05_reference_images", "reference images with definition later, collapsed/shortcut forms, undefined reference",
  "![alt][pic]\n\n![pic][]\n\n![pic]\n\n![missing][nope]\n\n[pic]: pics/x.png \"T\"\n")
c("f06_img_inline_html", "raw `<img>` inline in a paragraph", "text <img src=\"a.png\" alt=\"x\"> more <img src='b.png'>\n")
c("f07_img_block_html", "raw `<img>` as its own block (Typora form with style zoom)",
  "Para\n\n<img src=\"../../pics/image-20240614143241633.png\" alt=\"image-20240614143241633\" style=\"zoom:50%;\" />\n\nAfter\n")
c("f08_encoded_nonascii", "%20-encoded and non-ASCII image paths", "![a](pics/my%20image.png)\n\n![中文](pics/中文 图片.png)\n")
c("f09_empty_alt", "empty alt, <img> without alt, <img alt=\"\">", "![](x.png)\n\n<img src=\"y.png\">\n\n<img src=\"z.png\" alt=\"\">\n")
c("f10_liquid_literal", "Liquid in a URL stays literal for kramdown (Jekyll renders Liquid before)",
  "![a]({{ site.baseurl }}/pics/x.png)\n\n[l]({{ '/docs/' | relative_url }})\n")
c("f11_links", "fragment links (CJK), cross-page .md link, autolink, raw <a href>",
  "[a](#模型的参数越多越好吗) [b](other.md#frag) <http://example.com> <a href=\"raw.html\">raw</a>\n")
c("f12_not_images", "image syntax in code span, fenced code, indented code, HTML comment: not images",
  "`![c](code.png)`\n\n```\n![f](fenced.png)\n<img src=\"fenced.png\">\n```\n\n    ![i](indented.png)\n\n<!-- ![x](comment.png) <img src=\"comment.png\"> -->\n")
c("f13_img_in_html_blocks", "<img> inside raw <div> and <p align=center>, and inside <div markdown=\"1\">",
  "<div>\n<img src=\"raw.png\">\n</div>\n\n<p align=\"center\"><img src=\"c.png\" alt=\"c\"></p>\n\n<div markdown=\"1\">\n![md](md.png)\n</div>\n")
c("f14_linked_image", "image inside a link", "[![alt](img.png)](http://example.com/big.png)\n")
c("f15_image_span_ial", "image followed by a span IAL `{: width=\"50%\"}`", "![a](x.png){: width=\"50%\" .shot}\n")
c("f16_image_in_heading_and_list", "images inside headings, list items and tables",
  "## ![h](h.png) Head\n\n* ![li](li.png)\n\n| ![t](t.png) |\n|---|\n| x |\n")

# ------------------------------------------- one block model (issue 13): what kramdown reads as
# code, raw HTML, comment or Markdown, where CommonMark (flexmark) decides otherwise
c("g01_page_options_auto_ids_false", "`{::options auto_ids=\"false\" /}` in the page: no heading gets an id",
  "{::options auto_ids=\"false\" /}\n\n## Question\n\n## !!!\n")
c("g02_page_options_auto_ids_true", "`{::options auto_ids=\"true\" /}` in the page overrides auto_ids=false of the site",
  "{::options auto_ids=\"true\" /}\n\n## Question\n\n## !!!\n", "auto_ids=false\n")
c("g03_unclosed_fence", "a fence that is never closed is paragraph text, not code (CommonMark: code to the end)",
  "```\n![a](in-unclosed-fence.png)\n\nText ![b](b.png)\n")
c("g04_html_block_blank_lines", "raw HTML runs to its end tag across blank lines (CommonMark: ends at the blank line)",
  "<div>\n\n![a](raw-div.png)\n\n</div>\n\n![b](after.png)\n")
c("g05_text_after_html_end", "text after the end tag of a raw block or a comment on the same line is a paragraph",
  "<div>x</div> ![a](after-div.png)\n\n<!-- c --> ![b](after-comment.png)\n")
c("g06_details_blank_lines", "Markdown between blank lines inside <details> stays raw (no markdown=\"1\")",
  "<details>\n<summary>S</summary>\n\n![a](in-details.png)\n\n</details>\n\n<details markdown=\"1\">\n<summary>T</summary>\n\n![b](md-details.png)\n\n</details>\n")
c("g07_custom_and_span_tags", "any non-span tag starts raw HTML (custom elements, video); span tags start a paragraph",
  "<custom-el>\n![a](custom.png)\n</custom-el>\n\n<span>\n![b](span.png)\n</span>\n\n<video>\n![c](video.png)\n</video>\n")
c("g08_code_in_containers", "fenced and indented code inside a blockquote and list items",
  "> ```\n> ![a](quote-fence.png)\n> ```\n\n- item\n\n      ![b](list-indented-code.png)\n\n- ```\n  ![c](list-fence.png)\n  ```\n\n![d](after.png)\n")
c("g09_indented_lines_not_code", "four-space lines continuing a paragraph or list item are not code",
  "Para\n    ![a](lazy.png)\n\n* item\n\n    ![b](item-para.png)\n")
c("g10_fence_kinds", "a ``` line does not close a ~~~ fence; a longer closing fence does",
  "~~~\n![a](a.png)\n```\n![b](b.png)\n~~~\n\n````md\n```\n![c](c.png)\n```\n````\n\n![d](d.png)\n")
c("g11_comment_blocks", "multi-line HTML comment block; an indented comment start is a paragraph",
  "<!--\n![a](a.png)\n-->\n![b](b.png)\n\n  <!-- ![c](c.png) -->\n")
c("g12_pre_and_script", "<pre> and <script> are raw: Markdown inside is text, tags inside are parsed",
  "<pre>\n![a](pre.png)\n<img src=\"pre-img.png\">\n</pre>\n\n<script>\nvar s = 1;\n</script>\n\n![b](after.png)\n")
c("g13_html_indent", "HTML block indented 1-3 spaces is HTML; 4 spaces is code",
  "   <div>\n![a](a.png)\n   </div>\n\n    <div>\n    ![b](b.png)\n    </div>\n")
c("g14_block_interrupts_paragraph", "a fence or a block tag right after a paragraph line ends the paragraph",
  "Para\n```\n![a](fenced.png)\n```\n\nText\n<div>\n![b](div.png)\n</div>\n")
c("g15_html_in_list_and_quote", "raw HTML blocks inside a list item and a blockquote",
  "- <div>\n  ![a](li-div.png)\n  </div>\n\n> <div>\n> ![b](bq-div.png)\n> </div>\n\n![c](after.png)\n")
c("g16_unclosed_html", "a block tag that is never closed runs to the end of the page",
  "Intro ![a](a.png)\n\n<div>\n![b](b.png)\n\n## Not a heading\n")
c("g17_raw_html_unclosed_inner", "inside raw HTML an element that is never closed keeps the outer end tag from closing it",
  "<div>\n<p>\n<a href=\"in-unclosed-p.html\">x</a>\n</div>\n![a](after-unclosed-p.png)\n")
c("g18_unclosed_comment_in_raw_html", "an unclosed `<!--` inside raw HTML is text: the end tag still closes the element",
  "<div>\n<!--\n</div>\n\n![a](after.png)\n")
c("g19_script_bodies", "script bodies are text up to the first end tag, also inside raw HTML",
  "<script>\nvar s = '<span id=\"in-script\">';\n</script>\n\n<div>\n<script>var t = '</div>';</script>\n<img src=\"div-img.png\">\n</div>\n\n![a](after.png)\n")
c("g20_custom_element_case", "end tags of unknown elements match only in the case they were written in",
  "<custom-El>\n<custom-el>\n</custom-el>\n![a](in.png)\n</custom-El>\n\n![b](after.png)\n")

# heading ids set by hand next to automatic ones: what readers' anchors reach, and which ids repeat
c("h01_custom_id_equals_later_auto_id", "`{#setup}` on one heading, then a heading whose auto id is also setup",
  "## Install {#setup}\n\n## Setup\n\n## Setup\n")
c("h02_ial_id_then_same_titles", "`{: #intro-1}` below the first Intro, then two more Intro headings (auto ids count only auto ids?)",
  "## Intro\n{: #intro-1}\n\n## Intro\n\n## Intro\n")
c("h03_ial_id_and_no_toc", "`{: #id .no_toc}` below a heading: custom id and left out of the TOC; a link to it",
  "* TOC\n{:toc}\n\n## Kept\n\n## Hidden\n{: #custom .no_toc}\n\n[to hidden](#custom) [to auto](#hidden)\n")
c("h04_no_toc_spellings", "`{:.no_toc}`, `{: .no_toc }`, `{: .no_toc .text-delta}`, `{: .other}` below headings in a TOC page",
  "* TOC\n{:toc}\n\n## A\n{:.no_toc}\n\n## B\n{: .no_toc }\n\n## C\n{: .no_toc .text-delta}\n\n## D\n{: .other}\n")
c("h05_header_id_and_ial_id", "`{#one}` on the heading line and `{: #two}` below it: which id wins",
  "## Both {#one}\n{: #two}\n\n## Next\n")
c("h06_header_id_with_spaces_and_class", "`{#id}` needs to end the line; `{: #x}` on the line and `{#bad id}` stay text",
  "## Trailing {#tid}   \n\n## Colon form {: #x}\n\n## Space {#bad id}\n\n## Class {#cid .c}\n")
c("h07_custom_ids_repeat", "the same custom id on two headings, and a custom id like an auto id before it",
  "## First\n{: #dup}\n\n## Second\n{: #dup}\n\n## Third {#first}\n")

def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)

names = set()
for name, desc, md, opts in cases:
    assert name not in names, name
    names.add(name)
    write(os.path.join(CASES, name + ".md"), md)
    op = os.path.join(CASES, name + ".opts")
    if opts:
        write(op, opts)
    elif os.path.exists(op):
        os.remove(op)

# seed: s01 is the verbatim body of seed/ai.md (committed), s02 its canonical fix
seed = open(os.path.join(CASES, "s01_seed_ai.md"), encoding="utf-8").read()
broken_head = "# 关于 AI 的小白 FAQ\n\n{: .no_toc}\n\n## 目录\n\n{: .no_toc .text-delta }\n\n\n1. TOC\n{:toc}\n"
fixed_head = "# 关于 AI 的小白 FAQ\n{: .no_toc}\n\n## 目录\n{: .no_toc .text-delta }\n\n1. TOC\n{:toc}\n"
assert seed.startswith(broken_head)
write(os.path.join(CASES, "s02_seed_ai_fixed.md"), fixed_head + seed[len(broken_head):])

rows = [(n, d) for n, d, _, _ in cases]
rows.append(("s01_seed_ai", "a7: seed/ai.md body verbatim (front matter + following blank line stripped as Jekyll does; body line N = file line N+8)"))
rows.append(("s02_seed_ai_fixed", "seed page with the canonical fix (IALs moved directly under their headings, 4 lines shorter at the top)"))
rows.sort()
write(os.path.join(HERE, "cases.tsv"), "".join(f"{n}\t{d}\n" for n, d in rows))
print(len(rows), "cases")
