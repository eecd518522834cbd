package io.github.faqkit.core.kramdown;

/**
 * A block of the page as kramdown sees it: {@code type} is kramdown's element type ({@code header},
 * {@code p}, {@code ul}, {@code ol}, {@code li}, {@code blockquote}, {@code codeblock}, {@code table},
 * {@code hr}, {@code html_element}, …), {@code line} its file line, {@code description} a phrase for
 * messages such as "the TOC list at line 17" or "heading '目录' at line 13".
 */
public record BlockRef(String type, int line, String description) {}
