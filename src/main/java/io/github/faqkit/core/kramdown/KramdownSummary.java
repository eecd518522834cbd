package io.github.faqkit.core.kramdown;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.faqkit.core.codec.SummaryReader;
import io.github.faqkit.core.codec.SummaryWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored form of a page's {@link KramdownModel} in a page summary: positional arrays, the headings in
 * their packed form, the TOC and the ids as the views of them they already are. Reading it back builds the
 * same model without packing the headings again. A model with {@link KramdownModel#blocks()} is not stored
 * (summaries keep {@link KramdownModel#withoutBlocks()}).
 */
public final class KramdownSummary {
    private KramdownSummary() {}

    /** True when {@link #write} can store this model. */
    public static boolean storable(KramdownModel m) {
        return m.blocks().isEmpty() && (m.headings().isEmpty() || m.headings() instanceof PackedHeadings);
    }

    public static void write(JsonGenerator out, KramdownModel m) throws IOException {
        out.writeStartArray();
        PackedHeadings packed = m.headings() instanceof PackedHeadings p ? p : null;
        if (packed == null) {
            out.writeNull();
        } else {
            packed.write(out);
        }
        out.writeStartArray();
        for (AttributeLine a : m.attributeLines()) {
            writeAttributeLine(out, a);
        }
        out.writeEndArray();
        writeToc(out, m.toc(), packed);
        SummaryWriter.writeInts(
                out, m.extraMarkers().stream().mapToInt(Integer::intValue).toArray());
        out.writeStartArray();
        for (MarkerProblem p : m.brokenMarkers()) {
            out.writeStartArray();
            out.writeNumber(p.line());
            out.writeNumber(p.column());
            out.writeString(p.reason());
            out.writeString(p.hint());
            out.writeEndArray();
        }
        out.writeEndArray();
        out.writeStartArray();
        for (NoSpaceHeading h : m.noSpaceHeadings()) {
            out.writeNumber(h.line());
            out.writeNumber(h.after());
        }
        out.writeEndArray();
        String[] otherIds = packed == null ? null : PackedHeadings.otherIds(m.ids());
        if (otherIds != null) {
            SummaryWriter.writeStrings(out, List.of(otherIds));
            out.writeNumber(m.ids().size());
        } else {
            out.writeNull();
            SummaryWriter.writeStrings(out, m.ids());
        }
        out.writeBoolean(m.autoIds());
        if (m.stop() == null) {
            out.writeNull();
        } else {
            out.writeStartArray();
            out.writeNumber(m.stop().line());
            out.writeString(m.stop().nesting());
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    public static KramdownModel read(SummaryReader in) throws IOException {
        in.requireArray();
        PackedHeadings packed = in.array() ? PackedHeadings.read(in) : null;
        List<AttributeLine> attributeLines = new ArrayList<>();
        in.requireArray();
        while (in.more()) {
            attributeLines.add(readAttributeLine(in));
        }
        Toc toc = readToc(in, packed);
        int[] extra = in.readInts();
        List<MarkerProblem> broken = new ArrayList<>();
        in.requireArray();
        while (in.more()) {
            in.requireArray();
            broken.add(new MarkerProblem(in.readInt(), in.readInt(), in.readString(), in.readString()));
            in.end();
        }
        List<NoSpaceHeading> noSpace = new ArrayList<>();
        in.requireArray();
        while (in.more()) {
            noSpace.add(new NoSpaceHeading(in.readInt(), in.readInt()));
        }
        List<String> otherIds = in.readStrings();
        Set<String> ids;
        if (otherIds != null) {
            int size = in.readInt();
            if (packed == null) {
                throw new IOException("ids of headings that are not there");
            }
            ids = packed.idSet(otherIds.toArray(new String[0]), size);
        } else {
            List<String> all = in.readStrings();
            if (all == null) {
                throw new IOException("no ids");
            }
            ids = new LinkedHashSet<>(all);
        }
        boolean autoIds = in.readBoolean();
        KramdownStop stop = null;
        if (in.array()) {
            stop = new KramdownStop(in.readInt(), in.readString());
            in.end();
        }
        in.end();
        if (extra == null) {
            throw new IOException("no marker lines");
        }
        List<Integer> extraMarkers = new ArrayList<>(extra.length);
        for (int line : extra) {
            extraMarkers.add(line);
        }
        return new KramdownModel(
                packed == null ? List.of() : packed,
                List.copyOf(attributeLines),
                toc,
                List.copyOf(extraMarkers),
                List.copyOf(broken),
                List.of(),
                List.copyOf(noSpace),
                ids,
                autoIds,
                stop);
    }

    private static void writeToc(JsonGenerator out, Toc toc, PackedHeadings packed) throws IOException {
        if (toc == null) {
            out.writeNull();
            return;
        }
        out.writeStartArray();
        out.writeNumber(toc.line());
        out.writeNumber(toc.markerLine());
        out.writeString(toc.type());
        out.writeNumber(toc.openingLine());
        out.writeNumber(toc.labelLine());
        SummaryWriter.writeStrings(out, toc.classes());
        int[] index = packed == null ? null : packed.tocIndex(toc.entries());
        if (index != null) {
            SummaryWriter.writeInts(out, index);
        } else {
            out.writeNull();
            out.writeStartArray();
            for (TocEntry e : toc.entries()) {
                out.writeNumber(e.level());
                out.writeString(e.id());
                out.writeString(e.text());
                out.writeNumber(e.line());
            }
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    private static Toc readToc(SummaryReader in, PackedHeadings packed) throws IOException {
        if (!in.array()) {
            return null;
        }
        int line = in.readInt();
        int markerLine = in.readInt();
        String type = in.readString();
        int openingLine = in.readInt();
        int labelLine = in.readInt();
        List<String> classes = in.readStrings();
        int[] index = in.readInts();
        List<TocEntry> entries;
        if (index != null) {
            if (packed == null) {
                throw new IOException("a TOC of headings that are not there");
            }
            entries = packed.tocView(index);
        } else {
            List<TocEntry> list = new ArrayList<>();
            in.requireArray();
            while (in.more()) {
                list.add(new TocEntry(in.readInt(), in.readString(), in.readString(), in.readInt()));
            }
            entries = List.copyOf(list);
        }
        in.end();
        if (classes == null) {
            throw new IOException("a TOC without classes");
        }
        return new Toc(line, markerLine, type, classes, entries, openingLine, labelLine);
    }

    private static void writeAttributeLine(JsonGenerator out, AttributeLine a) throws IOException {
        out.writeStartArray();
        out.writeNumber(a.line());
        out.writeNumber(a.column());
        out.writeString(a.text());
        out.writeNumber(a.placement().ordinal());
        writeBlock(out, a.target());
        // the block above is most often the block the line lands on: stored once
        boolean aboveIsTarget = a.above() != null && a.above().equals(a.target());
        out.writeBoolean(aboveIsTarget);
        if (!aboveIsTarget) {
            writeBlock(out, a.above());
        }
        out.writeString(a.dropReason());
        out.writeStartArray();
        for (Map.Entry<String, String> e : a.attrs().entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue());
        }
        out.writeEndArray();
        SummaryWriter.writeStrings(out, a.refs());
        out.writeEndArray();
    }

    private static AttributeLine readAttributeLine(SummaryReader in) throws IOException {
        in.requireArray();
        int line = in.readInt();
        int column = in.readInt();
        String text = in.readString();
        int placement = in.readInt();
        BlockRef target = readBlock(in);
        BlockRef above = in.readBoolean() ? target : readBlock(in);
        String dropReason = in.readString();
        Map<String, String> attrs = new LinkedHashMap<>();
        in.requireArray();
        while (in.more()) {
            attrs.put(in.readString(), in.readString());
        }
        List<String> refs = in.readStrings();
        in.end();
        AttributeLine.Placement[] placements = AttributeLine.Placement.values();
        if (text == null || refs == null || placement < 0 || placement >= placements.length) {
            throw new IOException("a damaged attribute line");
        }
        return Shared.value(new AttributeLine(
                line,
                column,
                Shared.text(text),
                placements[placement],
                target,
                above,
                dropReason,
                Shared.attributes(attrs),
                Shared.texts(refs)));
    }

    private static void writeBlock(JsonGenerator out, BlockRef b) throws IOException {
        if (b == null) {
            out.writeNull();
            return;
        }
        out.writeStartArray();
        out.writeString(b.type());
        out.writeNumber(b.line());
        out.writeString(b.description());
        out.writeEndArray();
    }

    private static BlockRef readBlock(SummaryReader in) throws IOException {
        if (!in.array()) {
            return null;
        }
        BlockRef b = new BlockRef(in.readString(), in.readInt(), in.readString());
        in.end();
        return Shared.value(b);
    }
}
