package io.github.faqkit.core.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a stored summary written as positional arrays (with a {@code JsonGenerator}) token by token. A summary is
 * read back for every unchanged page of a large site in a fresh JVM: binding it to beans by reflection cost
 * as much as parsing the page again, reading the tokens in their known order costs a fraction of it. Any
 * token out of place is an {@link IOException}: the caller then parses the page instead.
 */
public final class SummaryReader {
    private final JsonParser in;
    /** {@link #more} looked at the next element: the next read takes the current token instead of a new one. */
    private boolean pending;

    public SummaryReader(JsonParser in) {
        this.in = in;
    }

    private JsonToken next() throws IOException {
        JsonToken t = in.nextToken();
        if (t == null) {
            throw new IOException("the summary ends early");
        }
        return t;
    }

    private static IOException unexpected(JsonToken t, String wanted) {
        return new IOException("expected " + wanted + " but found " + t);
    }

    /** Enters an array; false when the value is null instead. */
    public boolean array() throws IOException {
        JsonToken t = value();
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        if (t != JsonToken.START_ARRAY) {
            throw unexpected(t, "an array");
        }
        return true;
    }

    /** Enters an array that must be there. */
    public void requireArray() throws IOException {
        if (!array()) {
            throw new IOException("expected an array but found null");
        }
    }

    /**
     * True when the array being read has another element; the next read then returns it. False at its end
     * (which is consumed).
     */
    public boolean more() throws IOException {
        JsonToken t = next();
        if (t == JsonToken.END_ARRAY) {
            return false;
        }
        pending = true;
        return true;
    }

    /** Consumes the end of the array being read, which must come now. */
    public void end() throws IOException {
        JsonToken t = next();
        if (t != JsonToken.END_ARRAY) {
            throw unexpected(t, "the end of an array");
        }
    }

    private JsonToken value() throws IOException {
        if (pending) {
            pending = false;
            return in.currentToken();
        }
        return next();
    }

    public int readInt() throws IOException {
        JsonToken t = value();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw unexpected(t, "a number");
        }
        return in.getIntValue();
    }

    public long readLong() throws IOException {
        JsonToken t = value();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw unexpected(t, "a number");
        }
        return in.getLongValue();
    }

    public boolean readBoolean() throws IOException {
        JsonToken t = value();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw unexpected(t, "true or false");
    }

    /** Binary data, or null. */
    public byte[] readBinary() throws IOException {
        JsonToken t = value();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_EMBEDDED_OBJECT && t != JsonToken.VALUE_STRING) {
            throw unexpected(t, "binary data");
        }
        return in.getBinaryValue();
    }

    /** A string, or null. */
    public String readString() throws IOException {
        JsonToken t = value();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw unexpected(t, "a string");
        }
        return in.getText();
    }

    /** A text {@link SummaryWriter#writeText} wrote, or null. */
    public String readText() throws IOException {
        JsonToken t = value();
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> in.getText();
            case VALUE_EMBEDDED_OBJECT -> new String(in.getBinaryValue(), StandardCharsets.UTF_8);
            default -> throw unexpected(t, "a text");
        };
    }

    /** A JSON value as a tree, as data binding's {@code readTree} gives it (a stored null is a {@code NullNode}). */
    public JsonNode readTree() throws IOException {
        JsonToken t = value();
        if (t == JsonToken.END_ARRAY) {
            throw unexpected(t, "a value");
        }
        return TreeReader.value(in);
    }

    /** Numbers {@link SummaryWriter#writeInts} wrote, or null. */
    public int[] readInts() throws IOException {
        byte[] bytes = readBinary();
        if (bytes == null) {
            return null;
        }
        int[] out = new int[bytes.length];
        int n = 0;
        int previous = 0;
        int i = 0;
        while (i < bytes.length) {
            int zigzag = 0;
            for (int shift = 0; ; shift += 7) {
                if (i == bytes.length || shift > 28) {
                    throw new IOException("damaged numbers");
                }
                byte b = bytes[i++];
                zigzag |= (b & 0x7F) << shift;
                if (b >= 0) {
                    break;
                }
            }
            previous += (zigzag >>> 1) ^ -(zigzag & 1);
            out[n++] = previous;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** An array of strings (none null) as an unmodifiable list, or null. */
    public List<String> readStrings() throws IOException {
        if (!array()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        while (more()) {
            String s = readString();
            if (s == null) {
                throw new IOException("a null in a list of strings");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }
}
