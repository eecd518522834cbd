#!/usr/bin/env python3
"""Generates a just-the-docs FAQ site shaped like shared/seed/ai.md, for benchmarks.

Seeded, so the same size gives the same bytes. Usage:
generate_site.py OUT_DIR PAGES [SEED] [--shape faq|short|cjk|deep] [--defects RATE] [--liquid SHARE]
Layout: 10 sections (top level) -> 10 groups each -> pages; every page has front matter with a
three-level nav and a canonical TOC block. The shape decides the bodies:

faq (the default, unchanged since the first benchmark): 8-20 question headings, long single-line CJK and
    English paragraphs with code spans, and screenshots as ![]() and <img> that exist in pics/;
short: many short pages: 1-3 headings, a sentence or two each, an image now and then;
cjk: long CJK paragraphs (single lines of 800-2,500 characters) with many images inside the paragraph
    lines, drawn from a shared pool so that most pictures are referenced by several pages;
deep: deep nesting: pages six folders down (../../../../../../pics, permalinks as deep), headings down to h6, lists nested
    five levels with code blocks inside, blockquotes inside list items, attribute lines at every level.

--defects RATE (e.g. 0.1) also plants findings, so report writing can be timed with thousands of them:
each page independently, with probability RATE per kind, gets an unknown front matter key (FM007), a
heading without a space after the hashes (HDR004), a reference to an image that does not exist, and a
{: .no_toc } detached from its heading by a blank line (IAL001); each picture, with probability RATE,
is deleted (its page's reference breaks) or renamed to upper case (IMG002). The defects draw from their
own random stream, so the clean pages and pictures are the same as without the option, and RATE 0 (the
default) writes exactly the corpus it always did.
"""
import argparse
import os
import random
import struct
import sys
import zlib

CJK = "模型参数训练数据显存推理微调提示词上下文窗口向量检索知识库问答系统部署硬件算力评估指标损失函数梯度下降注意力机制编码器解码器"
EN = ("model parameter training data memory inference fine tuning prompt context window vector search "
      "knowledge base answer system deploy hardware compute metric loss gradient attention encoder decoder").split()


def png(path, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * 8 for _ in range(4))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


def sentence(rnd):
    if rnd.random() < 0.6:
        n = rnd.randint(20, 60)
        s = "".join(rnd.choice(CJK) for _ in range(n))
        return s + "，例如 `" + rnd.choice(EN) + "_" + rnd.choice(EN) + "` 参数。"
    words = [rnd.choice(EN) for _ in range(rnd.randint(12, 30))]
    words.insert(rnd.randint(0, len(words)), "`" + rnd.choice(EN) + "()`")
    return " ".join(words).capitalize() + "."


def paragraph(rnd):
    return " ".join(sentence(rnd) for _ in range(rnd.randint(4, 12)))


def cjk_run(rnd, n):
    return "".join(rnd.choice(CJK) for _ in range(n))


def short_body(rnd, i, pics, new_picture):
    lines = []
    for h in range(rnd.randint(1, 3)):
        lines += ["## %s？" % cjk_run(rnd, rnd.randint(4, 10)), "", " ".join(sentence(rnd) for _ in range(rnd.randint(1, 2))), ""]
        if rnd.random() < 0.1:
            lines += ["![%s](%s/%s)" % (rnd.choice(EN), pics, new_picture()), ""]
    return lines


def cjk_body(rnd, i, pics, pool, new_picture):
    lines = []
    for h in range(rnd.randint(3, 6)):
        lines += ["## 问题 %d：%s" % (h, cjk_run(rnd, 8)), ""]
        parts = []
        target = rnd.randint(800, 2500)
        size = 0
        while size < target:
            run = cjk_run(rnd, rnd.randint(80, 400)) + "。"
            parts.append(run)
            size += len(run)
            r = rnd.random()
            if r < 0.35:
                name = new_picture() if not pool or rnd.random() < 0.25 else rnd.choice(pool)
                if rnd.random() < 0.6:
                    parts.append("![图%d：%s](%s/%s)" % (len(parts), cjk_run(rnd, 4), pics, name))
                else:
                    parts.append('<img src="%s/%s" alt="图 %s" width="%d" />' % (pics, name, cjk_run(rnd, 3), rnd.randint(200, 800)))
            elif r < 0.45:
                parts.append("`" + rnd.choice(EN) + "`")
        lines += ["".join(parts), ""]
    return lines


def deep_body(rnd, i, pics, new_picture):
    lines = []
    for h in range(rnd.randint(3, 6)):
        for level in range(2, 7):
            lines.append("#" * level + " 第 %d.%d 节 %s" % (h, level, cjk_run(rnd, 5)))
            if level == 4:
                lines.append("{: .text-delta }")
            lines += ["", sentence(rnd), ""]
        depth = rnd.randint(3, 5)
        for d in range(depth):
            pad = "   " * d
            lines += [pad + "1. " + sentence(rnd), ""]
            if d == depth - 1:
                lines += [pad + "   ```text", pad + "   " + " ".join(rnd.choice(EN) for _ in range(8)), pad + "   ```", ""]
                lines += [pad + "   > " + sentence(rnd), pad + "   > - " + cjk_run(rnd, 12), ""]
                if rnd.random() < 0.5:
                    lines += [pad + "   ![%s](%s/%s)" % (rnd.choice(EN), pics, new_picture()), ""]
        lines += ["> ## 引用 %d" % h, "> {: .no_toc }", ">", "> > " + sentence(rnd), "> > > " + cjk_run(rnd, 30), ""]
    return lines


def plant(lines, i, drnd, rate):
    """Adds the page-level defects to the lines of page i (front matter ends at lines[7])."""
    if drnd.random() < rate:
        lines.insert(1, "nav_ordr: %d" % (i % 7 + 1))  # a misspelt key: unknown key, with a suggestion
    if drnd.random() < rate:
        heading = lines.index("{: .no_toc }")
        lines.insert(heading, "")  # a blank line between the page title and its attribute line
    if drnd.random() < rate:
        lines.extend(["##没有空格的问题 %d" % i, ""])
    if drnd.random() < rate:
        lines.extend(["![截图：missing](../../../pics/missing-%05d.png)" % i, ""])


def spoil_pictures(out, names, drnd, rate):
    """Deletes or renames some pictures; the pages still refer to them by their old names."""
    for name in names:
        if drnd.random() >= rate:
            continue
        path = os.path.join(out, "pics", name)
        if drnd.random() < 0.5:
            os.remove(path)
        else:
            os.rename(path, os.path.join(out, "pics", name.upper()))


def main():
    ap = argparse.ArgumentParser(description="Generates a seeded just-the-docs FAQ site for benchmarks.")
    ap.add_argument("out")
    ap.add_argument("pages", type=int)
    ap.add_argument("seed", type=int, nargs="?", default=42)
    ap.add_argument("--defects", type=float, default=0.0, metavar="RATE",
                    help="probability per page and kind of defect (and per picture) of a planted finding")
    ap.add_argument("--shape", choices=["faq", "short", "cjk", "deep"], default="faq",
                    help="what the page bodies look like (see above)")
    ap.add_argument("--liquid", type=float, default=0.0, metavar="SHARE",
                    help="share of pages that use includes, data loops and page variables (Liquid-heavy variant)")
    args = ap.parse_args()
    out, pages = args.out, args.pages
    rnd = random.Random(args.seed)
    # A separate stream: planting defects must not change what the clean generator draws.
    drnd = random.Random("defects %d" % args.seed)
    names = []
    os.makedirs(os.path.join(out, "pics"), exist_ok=True)
    with open(os.path.join(out, "_config.yml"), "w") as f:
        f.write("title: Bench FAQ\ntheme: just-the-docs\nexclude:\n  - pom.xml\n  - target\n")
    # A separate stream again: the Liquid variant keeps every page of the plain corpus and adds Liquid to some.
    lrnd = random.Random("liquid %d" % args.seed)
    if args.liquid > 0:
        os.makedirs(os.path.join(out, "_includes"), exist_ok=True)
        os.makedirs(os.path.join(out, "_data"), exist_ok=True)
        with open(os.path.join(out, "_includes", "note.html"), "w") as f:
            f.write('<div class="note">{{ include.text | markdownify }}</div>\n')
        with open(os.path.join(out, "_includes", "shot.html"), "w") as f:
            f.write('<img src="{{ include.src | relative_url }}" alt="{{ include.alt }}">\n')
        with open(os.path.join(out, "_data", "terms.yml"), "w") as f:
            for t in range(12):
                f.write("- name: Term %d\n  text: %s\n" % (t, sentence(lrnd).replace(":", " ")))
    sections = 10
    groups = 10
    for s in range(sections):
        d = os.path.join(out, "docs", "s%02d" % s)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "index.md"), "w") as f:
            f.write("---\ntitle: Section %d\nnav_order: %d\nhas_children: true\n---\n\n# Section %d\n" % (s, s + 1, s))
        for g in range(groups):
            gd = os.path.join(d, "g%02d" % g)
            os.makedirs(gd, exist_ok=True)
            with open(os.path.join(gd, "index.md"), "w") as f:
                f.write("---\ntitle: Group %d.%d\nparent: Section %d\nnav_order: %d\nhas_children: true\n---\n\n"
                        "# Group %d.%d\n" % (s, g, s, g + 1, s, g))
    image_no = 0
    # The shapes other than faq draw from their own stream: the faq corpus stays the bytes it always was.
    srnd = random.Random("%s %d" % (args.shape, args.seed))
    pool = []

    def new_picture():
        nonlocal image_no
        name = "%s-%07d.png" % (args.shape, image_no)
        png(os.path.join(out, "pics", name), (image_no % 256, (image_no * 7) % 256, 128))
        names.append(name)
        pool.append(name)
        image_no += 1
        return name

    for i in range(pages):
        s, g = i % sections, (i // sections) % groups
        gd = os.path.join(out, "docs", "s%02d" % s, "g%02d" % g)
        pics = "../../../pics"
        if args.shape == "deep":
            # three more folder levels below the group: the nav stays three levels, the paths get long
            gd = os.path.join(gd, "t%d" % (i % 3), "u%d" % (i % 5), "v%d" % (i % 7))
            pics = "../../../../../../pics"
        os.makedirs(gd, exist_ok=True)
        lines = ["---", "layout: default", "title: 问题集 %d" % i, "nav_order: %d" % (i // (sections * groups) + 1),
                 "parent: Group %d.%d" % (s, g), "grand_parent: Section %d" % s,
                 "permalink: /docs/s%02d/g%02d/p%d" % (s, g, i) if args.shape != "deep"
                 else "permalink: /docs/s%02d/g%02d/t%d/u%d/v%d/p%d" % (s, g, i % 3, i % 5, i % 7, i), "---", "",
                 "# 关于 AI 的小白 FAQ %d" % i, "{: .no_toc }", "", "## 目录", "{: .no_toc .text-delta }", "",
                 "1. TOC", "{:toc}", ""]
        if args.shape != "faq":
            lines += {"short": lambda: short_body(srnd, i, pics, new_picture),
                      "cjk": lambda: cjk_body(srnd, i, pics, pool, new_picture),
                      "deep": lambda: deep_body(srnd, i, pics, new_picture)}[args.shape]()
        for h in range(rnd.randint(8, 20) if args.shape == "faq" else 0):
            lines.append("## 问题 %d：%s是什么？" % (h, "".join(rnd.choice(CJK) for _ in range(6))))
            lines.append("")
            lines.append(paragraph(rnd))
            lines.append("")
            if rnd.random() < 0.3:
                name = "image-2024%010d.png" % image_no
                png(os.path.join(out, "pics", name), (image_no % 256, (image_no * 7) % 256, 128))
                names.append(name)
                image_no += 1
                if rnd.random() < 0.5:
                    lines.append("![截图：%s](../../../pics/%s)" % (rnd.choice(EN), name))
                else:
                    lines.append('<img src="../../../pics/%s" alt="截图 %d" style="zoom:50%%;" />' % (name, image_no))
                lines.append("")
        if args.liquid > 0 and lrnd.random() < args.liquid:
            lines[7:7] = ["product: Widget %d" % i]
            lines += ["## {{ page.product }} setup", "",
                      '{% include note.html text="See [the group](../) first." %}', "",
                      "{% for term in site.data.terms %}", "### {{ term.name }}", "", "{{ term.text }}", "",
                      "{% endfor %}", ""]
            if names:
                lines += ['{% include shot.html src="/pics/' + names[-1] + '" alt="Screenshot" %}', ""]
        if args.defects > 0:
            plant(lines, i, drnd, args.defects)
        with open(os.path.join(gd, "p%05d.md" % i), "w") as f:
            f.write("\n".join(lines) + "\n")
    if args.defects > 0:
        spoil_pictures(out, names, drnd, args.defects)
    print("generated %d pages and %d images in %s%s" % (pages, image_no, out,
                                                      " with defects" if args.defects > 0 else ""))


if __name__ == "__main__":
    main()
