package io.github.faqkit.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.codec.SummaryReader;
import io.github.faqkit.core.codec.SummaryWriter;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.core.kramdown.KramdownSummary;
import io.github.faqkit.core.markdown.MarkdownBody;
import io.github.faqkit.core.refs.Reference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text-free {@link Page} as the page cache stores it, without its {@link SourceEntry} (which comes from
 * the run's scan): one array of positional values in the cache's binary JSON, written and read token by
 * token ({@link SummaryReader}). Front matter values are kept as JSON trees; a page with a value that would
 * not come back as the same node is not stored ({@link #storable}).
 */
final class PageSummary {
    private PageSummary() {}

    /**
     * True when every front matter value comes back from the stored form as the same node (a YAML float,
     * decimal or binary, or a long that fits an int, might not), and the kramdown model has its stored form:
     * other pages are parsed every time.
     */
    static boolean storable(Page p) {
        // a document left out for its date is published once the date has passed, which no cache key sees: its
        // Liquid, not rendered while it waited, must be rendered then
        if (p.leftOut() != null && p.leftOut().futureDate()) {
            return false;
        }
        if (!KramdownSummary.storable(p.kramdown()) || !roundTrips(p.data())) {
            return false;
        }
        for (FrontMatter.Entry e : p.frontMatter().entries().values()) {
            if (!roundTrips(e.value())) {
                return false;
            }
        }
        for (FrontMatter.Duplicate d : p.frontMatter().duplicates()) {
            if (!roundTrips(d.first().value()) || !roundTrips(d.repeated().value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean roundTrips(JsonNode n) {
        if (n == null) {
            return true;
        }
        JsonNodeType t = n.getNodeType();
        switch (t) {
            case OBJECT:
            case ARRAY:
                for (JsonNode c : n) {
                    if (!roundTrips(c)) {
                        return false;
                    }
                }
                return true;
            case STRING:
            case BOOLEAN:
            case NULL:
                return true;
            case NUMBER:
                if (n.isInt() || n.isDouble()) {
                    return true;
                }
                if (n.isLong()) {
                    return !n.canConvertToInt();
                }
                return n.isBigInteger() && !n.canConvertToLong();
            default:
                return false;
        }
    }

    static byte[] write(ObjectMapper mapper, Page p) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (JsonGenerator out = mapper.createGenerator(bytes)) {
            out.writeStartArray();
            SourceText s = p.source();
            out.writeBoolean(s.utf8Bom());
            out.writeBoolean(s.utf16Bom());
            out.writeNumber(s.invalidLine());
            out.writeNumber(s.invalidColumn());
            writeFrontMatter(out, p.frontMatter());
            out.writeTree(p.data());
            out.writeString(p.url());
            MarkdownBody body = p.body();
            out.writeNumber(body.lineOffset());
            int[] starts = body.lines().lineStarts();
            SummaryWriter.writeInts(out, starts);
            out.writeNumber(body.lines().length());
            writeNested(out, mapper, g -> KramdownSummary.write(g, p.kramdown()));
            writeNested(out, mapper, g -> {
                g.writeStartArray();
                for (Reference r : p.references()) {
                    writeReference(g, r);
                }
                g.writeEndArray();
            });
            out.writeStartArray();
            for (Suppressions.Range r : p.suppressions().ranges()) {
                out.writeStartArray();
                SummaryWriter.writeStrings(out, r.rules());
                out.writeNumber(r.from());
                out.writeNumber(r.to());
                out.writeNumber(r.line());
                out.writeNumber(r.column());
                out.writeString(r.directive());
                out.writeEndArray();
            }
            out.writeEndArray();
            SummaryWriter.writeStrings(out, p.loopVariables());
            out.writeNumber(p.digest());
            out.writeEndArray();
        }
        return bytes.toByteArray();
    }

    /** The page stored by {@link #write}, for this entry; an {@link IOException} when it does not read back. */
    static Page read(ObjectMapper mapper, byte[] summary, SourceEntry entry) throws IOException {
        return read(mapper, summary, entry, Publishing.DEFAULT);
    }

    /** The page of a stored summary, judged by the site's {@code publishing} settings (not stored: they may move). */
    static Page read(ObjectMapper mapper, byte[] summary, SourceEntry entry, Publishing publishing) throws IOException {
        try (JsonParser parser = mapper.createParser(summary)) {
            SummaryReader in = new SummaryReader(parser);
            in.requireArray();
            SourceText text = new SourceText(null, in.readBoolean(), in.readBoolean(), in.readInt(), in.readInt());
            FrontMatter fm = readFrontMatter(in);
            JsonNode data = in.readTree();
            String url = in.readString();
            int lineOffset = in.readInt();
            int[] lineStarts = in.readInts();
            int textLength = in.readInt();
            byte[] kramdownBytes = readNested(in);
            Deferred<KramdownModel> kramdown =
                    Deferred.decoding(() -> readNested(mapper, kramdownBytes, KramdownSummary::read));
            byte[] referenceBytes = readNested(in);
            Deferred<List<Reference>> references = Deferred.decoding(() -> readNested(mapper, referenceBytes, r -> {
                List<Reference> list = new ArrayList<>();
                r.requireArray();
                while (r.more()) {
                    list.add(readReference(r));
                }
                return List.copyOf(list);
            }));
            List<Suppressions.Range> ranges = new ArrayList<>();
            in.requireArray();
            while (in.more()) {
                in.requireArray();
                ranges.add(new Suppressions.Range(
                        set(in.readStrings()),
                        in.readInt(),
                        in.readInt(),
                        in.readInt(),
                        in.readInt(),
                        in.readString()));
                in.end();
            }
            Set<String> loopVariables = set(in.readStrings());
            long digest = in.readLong();
            in.end();
            if (!(data instanceof ObjectNode || data.isNull()) || lineStarts == null) {
                throw new IOException("a damaged summary");
            }
            return new Page(
                    entry,
                    text,
                    fm,
                    data.isNull() ? null : ArrayMap.compact((ObjectNode) data),
                    url,
                    MarkdownBody.summary(lineOffset, LineIndex.of(lineStarts, textLength)),
                    kramdown,
                    references,
                    Suppressions.of(ranges),
                    loopVariables,
                    digest,
                    publishing);
        } catch (RuntimeException e) {
            // a damaged summary that reads as tokens but not as a page (an index out of range)
            throw new IOException("a damaged summary: " + e, e);
        }
    }

    /** Writes one part of a summary to a generator. */
    @FunctionalInterface
    private interface Part {
        void write(JsonGenerator out) throws IOException;
    }

    /** Reads one part of a summary back. */
    @FunctionalInterface
    private interface PartReader<T> {
        T read(SummaryReader in) throws IOException;
    }

    /**
     * A part of the summary that most reruns do not read (the kramdown model, the references), in a document of
     * its own after its checksum: binding a summary copies these bytes, and they are decoded only for a page whose
     * part a rule reads (on a rerun that takes the checks of unchanged pages over, a few pages). The checksum finds
     * damage when the summary is bound, as the summary's own tokens do for the rest, so a damaged part makes the
     * page be parsed again instead of failing a rule later.
     */
    private static void writeNested(JsonGenerator out, ObjectMapper mapper, Part part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator g = mapper.createGenerator(bytes)) {
            part.write(g);
        }
        byte[] b = bytes.toByteArray();
        out.writeNumber(checksum(b));
        out.writeBinary(b);
    }

    /** The bytes of a part written by {@link #writeNested}, checked against their checksum. */
    private static byte[] readNested(SummaryReader in) throws IOException {
        long checksum = in.readLong();
        byte[] bytes = in.readBinary();
        if (bytes == null || checksum(bytes) != checksum) {
            throw new IOException("a damaged part of a summary");
        }
        return bytes;
    }

    private static <T> T readNested(ObjectMapper mapper, byte[] bytes, PartReader<T> reader) throws IOException {
        try (JsonParser parser = mapper.createParser(bytes)) {
            T value = reader.read(new SummaryReader(parser));
            if (parser.nextToken() != null) {
                throw new IOException("more after a part of a summary");
            }
            return value;
        } catch (RuntimeException e) {
            throw new IOException("a damaged part of a summary: " + e, e);
        }
    }

    private static long checksum(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    private static Set<String> set(List<String> strings) throws IOException {
        if (strings == null) {
            throw new IOException("a missing list");
        }
        return new LinkedHashSet<>(strings);
    }

    private static void writeFrontMatter(JsonGenerator out, FrontMatter fm) throws IOException {
        out.writeStartArray();
        out.writeNumber(fm.status().ordinal());
        out.writeNumber(fm.startLine());
        out.writeNumber(fm.endLine());
        out.writeStartArray();
        for (FrontMatter.Entry e : fm.entries().values()) {
            writeEntry(out, e);
        }
        out.writeEndArray();
        out.writeStartArray();
        for (FrontMatter.Duplicate d : fm.duplicates()) {
            writeEntry(out, d.first());
            writeEntry(out, d.repeated());
        }
        out.writeEndArray();
        FrontMatter.Problem problem = fm.problem();
        if (problem == null) {
            out.writeNull();
        } else {
            out.writeStartArray();
            out.writeNumber(problem.line());
            out.writeNumber(problem.column());
            out.writeString(problem.message());
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    private static FrontMatter readFrontMatter(SummaryReader in) throws IOException {
        in.requireArray();
        int status = in.readInt();
        int startLine = in.readInt();
        int endLine = in.readInt();
        Map<String, FrontMatter.Entry> entries = FrontMatter.newEntries();
        in.requireArray();
        while (in.more()) {
            FrontMatter.Entry e = readEntry(in);
            entries.put(e.key(), e);
        }
        List<FrontMatter.Duplicate> duplicates = new ArrayList<>();
        in.requireArray();
        while (in.more()) {
            FrontMatter.Entry first = readEntry(in);
            duplicates.add(new FrontMatter.Duplicate(first, readEntry(in)));
        }
        FrontMatter.Problem problem = null;
        if (in.array()) {
            problem = new FrontMatter.Problem(in.readInt(), in.readInt(), in.readString());
            in.end();
        }
        in.end();
        FrontMatter.Status[] statuses = FrontMatter.Status.values();
        if (status < 0 || status >= statuses.length) {
            throw new IOException("a damaged front matter status");
        }
        return new FrontMatter(statuses[status], startLine, endLine, entries, List.copyOf(duplicates), problem);
    }

    private static void writeEntry(JsonGenerator out, FrontMatter.Entry e) throws IOException {
        out.writeStartArray();
        out.writeString(e.key());
        out.writeTree(e.value());
        out.writeNumber(e.keyLine());
        out.writeNumber(e.keyColumn());
        out.writeNumber(e.valueLine());
        out.writeNumber(e.valueColumn());
        out.writeBoolean(e.quoted());
        out.writeString(e.written());
        out.writeEndArray();
    }

    private static FrontMatter.Entry readEntry(SummaryReader in) throws IOException {
        in.requireArray();
        String key = in.readString();
        JsonNode value = in.readTree();
        FrontMatter.Entry e = new FrontMatter.Entry(
                key, value, in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readBoolean(), in.readString());
        in.end();
        if (key == null) {
            throw new IOException("a front matter entry without key");
        }
        return e;
    }

    private static void writeReference(JsonGenerator out, Reference r) throws IOException {
        out.writeStartArray();
        out.writeNumber(r.kind().ordinal());
        out.writeString(r.target());
        out.writeNumber(r.line());
        out.writeNumber(r.column());
        out.writeString(r.alt());
        out.writeBoolean(r.html());
        // most paths are the whole target, and most targets have no fragment: both are derived again
        boolean derived = r.path().equals(Reference.pathOf(r.target()))
                && java.util.Objects.equals(r.fragment(), Reference.fragmentOf(r.target()));
        out.writeBoolean(derived);
        if (!derived) {
            out.writeString(r.path());
            out.writeString(r.fragment());
        }
        out.writeString(r.title());
        out.writeEndArray();
    }

    private static Reference readReference(SummaryReader in) throws IOException {
        in.requireArray();
        int kind = in.readInt();
        String target = in.readString();
        int line = in.readInt();
        int column = in.readInt();
        String alt = in.readString();
        boolean html = in.readBoolean();
        boolean derived = in.readBoolean();
        String path;
        String fragment;
        if (derived) {
            if (target == null) {
                throw new IOException("a reference without target");
            }
            path = Reference.pathOf(target);
            fragment = Reference.fragmentOf(target);
        } else {
            path = in.readString();
            fragment = in.readString();
        }
        String title = in.readString();
        in.end();
        Reference.Kind[] kinds = Reference.Kind.values();
        if (kind < 0 || kind >= kinds.length || path == null) {
            throw new IOException("a damaged reference");
        }
        return new Reference(kinds[kind], target, line, column, alt, html, path, fragment, title);
    }
}
