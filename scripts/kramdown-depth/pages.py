# The page bodies of each nesting kind, n levels deep (the Java test KramdownDepthTest builds the same).
#   python3 pages.py KIND N  -> the Markdown body on stdout
import sys

KINDS = {
    "blockquote": lambda n: ">" * n + " x\n",
    "list": lambda n: "".join("  " * i + "- x\n" for i in range(n)),
    "ordered-list": lambda n: "".join("   " * i + "1. x\n" for i in range(n)),
    "raw-html": lambda n: "<div>\n" * n + "x\n" + "</div>\n" * n,
    "markdown-html": lambda n: '<div markdown="1">\n' * n + "x\n" + "</div>\n" * n,
    "span-html": lambda n: "a " + "<span>" * n + "x" + "</span>" * n + "\n",
    # mixed: 400 list levels, then n blockquotes in the deepest item; 800 blockquotes, then n spans
    "list-400-then-blockquote": lambda n: "".join("  " * i + "- x\n" for i in range(400)) + "  " * 400 + ">" * n + " y\n",
    "blockquote-800-then-span-html": lambda n: ">" * 800 + " a " + "<span>" * n + "x" + "</span>" * n + "\n",
}

if __name__ == "__main__":
    sys.stdout.write(KINDS[sys.argv[1]](int(sys.argv[2])))
