package io.github.faqkit.maven;

import org.apache.maven.doxia.sink.Sink;

/**
 * The report page as Doxia sink events, the same events the reporting API's renderer base class sends
 * (its sections, tables and text, an empty text shown as "-"), so the site renders it as any other report.
 */
final class SinkReportPage implements ReportPage {
    private final Sink sink;
    private int section;

    SinkReportPage(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void start(String title) {
        sink.head();
        sink.title();
        text(title);
        sink.title_();
        sink.head_();
        sink.body();
    }

    @Override
    public void section(String title) {
        section++;
        sink.section(section, null);
        sink.anchor(title);
        sink.anchor_();
        sink.sectionTitle(section, null);
        text(title);
        sink.sectionTitle_(section);
    }

    @Override
    public void sectionEnd() {
        sink.section_(section);
        section--;
    }

    @Override
    public void paragraph(String text) {
        sink.paragraph();
        text(text);
        sink.paragraph_();
    }

    @Override
    public void boldParagraph(String text) {
        sink.paragraph();
        sink.bold();
        text(text);
        sink.bold_();
        sink.paragraph_();
    }

    @Override
    public void table(String... header) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String h : header) {
            sink.tableHeaderCell();
            text(h);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    /**
     * A row of plain text. Not the renderer base class's {@code tableRow}: that reads {@code {text, url}} in
     * a cell as a link, and messages quote kramdown's braces ({@code {: .no_toc }}).
     */
    @Override
    public void row(String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            sink.tableCell();
            text(cell);
            sink.tableCell_();
        }
        sink.tableRow_();
    }

    @Override
    public void tableEnd() {
        sink.tableRows_();
        sink.table_();
    }

    @Override
    public void list() {
        sink.list();
    }

    @Override
    public void listEnd() {
        sink.list_();
    }

    @Override
    public void item() {
        sink.listItem();
    }

    @Override
    public void itemEnd() {
        sink.listItem_();
    }

    @Override
    public void text(String text) {
        sink.text(text == null || text.isEmpty() ? "-" : text);
    }

    @Override
    public void code(String text) {
        sink.monospaced();
        text(text);
        sink.monospaced_();
    }

    @Override
    public void end() {
        sink.body_();
        sink.flush();
        sink.close();
    }
}
