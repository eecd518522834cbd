package io.github.faqkit.maven;

/**
 * The report page as a self-contained HTML file, for {@code mvn faq:report} outside {@code mvn site}
 * (which would otherwise need the site renderer, its skin and their components in the plugin realm of
 * every goal).
 */
final class HtmlReportPage implements ReportPage {
    private final StringBuilder out = new StringBuilder(8192);
    private int section;

    /** The page written so far (complete after {@link #end()}). */
    String html() {
        return out.toString();
    }

    @Override
    public void start(String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>");
        text(title);
        out.append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}</style>\n"
                + "</head>\n<body>\n");
    }

    @Override
    public void section(String title) {
        section++;
        int level = Math.min(section, 6);
        out.append("<section>\n<h").append(level).append('>');
        text(title);
        out.append("</h").append(level).append(">\n");
    }

    @Override
    public void sectionEnd() {
        out.append("</section>\n");
        section--;
    }

    @Override
    public void paragraph(String text) {
        out.append("<p>");
        text(text);
        out.append("</p>\n");
    }

    @Override
    public void boldParagraph(String text) {
        out.append("<p><b>");
        text(text);
        out.append("</b></p>\n");
    }

    @Override
    public void table(String... header) {
        out.append("<table>\n<tr>");
        for (String h : header) {
            out.append("<th>");
            text(h);
            out.append("</th>");
        }
        out.append("</tr>\n");
    }

    @Override
    public void row(String... cells) {
        out.append("<tr>");
        for (String c : cells) {
            out.append("<td>");
            text(c);
            out.append("</td>");
        }
        out.append("</tr>\n");
    }

    @Override
    public void tableEnd() {
        out.append("</table>\n");
    }

    @Override
    public void list() {
        out.append("<ul>\n");
    }

    @Override
    public void listEnd() {
        out.append("</ul>\n");
    }

    @Override
    public void item() {
        out.append("<li>");
    }

    @Override
    public void itemEnd() {
        out.append("</li>\n");
    }

    @Override
    public void text(String text) {
        String t = text == null || text.isEmpty() ? "-" : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public void code(String text) {
        out.append("<code>");
        text(text);
        out.append("</code>");
    }

    @Override
    public void end() {
        out.append("</body>\n</html>\n");
    }
}
