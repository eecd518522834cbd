package io.github.faqkit.maven;

/**
 * The few structures of the {@code faq:report} page, written either into the project site through a
 * Doxia sink ({@link SinkReportPage}, under {@code mvn site}) or as a page of its own
 * ({@link HtmlReportPage}, {@code mvn faq:report}). Text is plain text: each writer escapes it.
 */
interface ReportPage {
    /** Opens the page with its title. */
    void start(String title);

    /** Opens a section one level below the current one, with its heading. */
    void section(String title);

    void sectionEnd();

    void paragraph(String text);

    /** A paragraph of bold text (a heading inside a section). */
    void boldParagraph(String text);

    /** Opens a table with its header row. */
    void table(String... header);

    /** A row of plain-text cells. */
    void row(String... cells);

    void tableEnd();

    void list();

    void listEnd();

    void item();

    void itemEnd();

    void text(String text);

    /** Text in a monospaced font (a URL or a path). */
    void code(String text);

    /** Closes the page. */
    void end();
}
