package io.github.faqkit.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code META-INF/faq/manifest.json}: what a content artifact holds and how it hangs together.
 * Paths are relative to the site source (and to {@code content/} in the zip), URLs exclude
 * {@code baseurl}. Format version 1; readers refuse other versions.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Manifest(
        int formatVersion,
        String groupId,
        String artifactId,
        String version,
        String baseurl,
        List<PageEntry> pages,
        List<AssetEntry> assets,
        List<NavEntry> nav) {

    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "META-INF/faq/manifest.json";
    public static final String CONTENT_PREFIX = "content/";

    /** A rendered page. {@code permalink} is the front matter value, null when the URL comes from the path. */
    public record PageEntry(
            String path,
            String title,
            String parent,
            @JsonProperty("grand_parent") String grandParent,
            @JsonProperty("nav_order") JsonNode navOrder,
            String url,
            String permalink,
            List<HeadingEntry> headings,
            long size,
            String sha256) {}

    /** A heading with the id kramdown gives it, so other sites can link to {@code url#id}. */
    public record HeadingEntry(int level, String text, String id) {}

    /** A file a page references (image, attachment). */
    public record AssetEntry(String path, long size, String sha256) {}

    /** A node of the just-the-docs navigation tree. */
    public record NavEntry(String title, String path, String url, List<NavEntry> children) {}

    public Manifest {
        pages = pages == null ? List.of() : List.copyOf(pages);
        assets = assets == null ? List.of() : List.copyOf(assets);
        nav = nav == null ? List.of() : List.copyOf(nav);
    }

    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /** sha256 by path for every file of the artifact (pages and assets). */
    public Map<String, String> checksums() {
        Map<String, String> out = new LinkedHashMap<>();
        for (PageEntry p : pages) {
            out.put(p.path(), p.sha256());
        }
        for (AssetEntry a : assets) {
            out.put(a.path(), a.sha256());
        }
        return out;
    }

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Pretty JSON with '\n' line ends on every OS, so the archive bytes do not depend on the build machine. */
    public byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            writeJson(out);
        } catch (IOException e) {
            throw new IllegalStateException("manifest records always serialize", e);
        }
        return out.toByteArray();
    }

    /**
     * {@link #toJson()} into a stream (left open), as UTF-8 bytes straight away: for 10k pages (tens of
     * MB) a String in between doubles the time.
     */
    public void writeJson(OutputStream out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JSON.writer(pp).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, this);
        out.write('\n');
    }

    public static Manifest parse(byte[] json) throws PackException {
        int version = formatVersion(json);
        if (version != FORMAT_VERSION) {
            throw new PackException(
                    ENTRY + " has formatVersion " + (version == NO_VERSION ? "(none)" : String.valueOf(version))
                            + "; this plugin reads version " + FORMAT_VERSION
                            + " (use a plugin version that matches the"
                            + " one that packaged the content)",
                    List.of());
        }
        Manifest bound;
        try {
            // bound straight from the bytes: a tree of a 10k-page manifest first would take hundreds of MB
            bound = JSON.readValue(json, Manifest.class);
        } catch (IOException e) {
            throw new PackException(ENTRY + " does not match the manifest format: " + e.getMessage(), e);
        }
        if (bound.formatVersion() != FORMAT_VERSION) {
            throw new PackException(
                    ENTRY + " gives formatVersion more than once, the last time not " + FORMAT_VERSION
                            + "; this plugin reads version " + FORMAT_VERSION + " only",
                    List.of());
        }
        return bound;
    }

    private static final int NO_VERSION = -1;

    /**
     * The top-level {@code formatVersion}, or -1: from the first field when it is that one (as this plugin writes
     * it; the bound manifest is checked again for a later duplicate), else read past everything else without
     * building it.
     */
    private static int formatVersion(byte[] json) throws PackException {
        try (JsonParser in = JSON.createParser(json)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new PackException(ENTRY + " is not a JSON object", List.of());
            }
            int version = NO_VERSION;
            for (boolean first = true; in.nextToken() == JsonToken.FIELD_NAME; first = false) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                if (field.equals("formatVersion")) {
                    version = value == JsonToken.VALUE_NUMBER_INT ? in.getIntValue() : NO_VERSION;
                    if (first) {
                        return version;
                    }
                } else {
                    in.skipChildren();
                }
            }
            return version;
        } catch (IOException e) {
            throw new PackException(ENTRY + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
