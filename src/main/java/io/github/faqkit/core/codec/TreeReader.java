package io.github.faqkit.core.codec;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.function.Function;

/**
 * Builds the tree of the value a parser stands on, node for node as {@code ObjectMapper.readTree} builds it with
 * default settings (TreeReaderTest holds the two side by side on YAML and Smile). An object mapper is the
 * costliest thing to set up in a fresh JVM (its construction alone loads a few hundred classes): a rerun that
 * only reads {@code _config.yml} and stored page summaries needs none of it. (Front matter still goes through
 * the mapper: built with this reader, a cold run of 10k FAQ pages took 1.1 times as long and peaked 140 MB
 * higher, measured side by side; why is not known yet.)
 *
 * <p>Containers are filled with an explicit stack, so nesting as deep as the parser allows costs no Java stack.
 */
public final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeReader() {}

    /**
     * The first document of the parser's input, as {@code ObjectMapper.readTree(String)} reads it: a missing node
     * when there is none, and nothing after the first value is read.
     */
    public static JsonNode document(JsonParser p) throws IOException {
        return p.nextToken() == null ? MissingNode.getInstance() : value(p, NODES::textNode);
    }

    /** The value at the parser's current token; the parser is left on the value's last token. */
    public static JsonNode value(JsonParser p) throws IOException {
        return value(p, NODES::textNode);
    }

    /** The same, with strings made into nodes by {@code text} (e.g. one shared node per common string). */
    public static JsonNode value(JsonParser p, Function<String, JsonNode> text) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return scalar(p, t, text);
        }
        ContainerNode<?> root = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        ArrayDeque<ContainerNode<?>> open = new ArrayDeque<>();
        open.push(root);
        String name = null;
        while (!open.isEmpty()) {
            JsonToken next = p.nextToken();
            ContainerNode<?> parent = open.peek();
            if (next == null) {
                throw new JsonParseException(p, "the input ends inside a " + (parent.isObject() ? "map" : "list"));
            }
            switch (next) {
                case FIELD_NAME -> name = p.currentName();
                case END_OBJECT, END_ARRAY -> open.pop();
                default -> {
                    JsonNode child;
                    if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
                        ContainerNode<?> opened =
                                next == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                        child = opened;
                        open.push(opened);
                    } else {
                        child = scalar(p, next, text);
                    }
                    if (parent instanceof ObjectNode object) {
                        // a repeated key keeps its first place and takes the last value, as readTree does
                        object.replace(name, child);
                    } else {
                        ((ArrayNode) parent).add(child);
                    }
                }
            }
        }
        return root;
    }

    private static JsonNode scalar(JsonParser p, JsonToken t, Function<String, JsonNode> text) throws IOException {
        if (t == null) {
            throw new JsonParseException(p, "no value to read");
        }
        return switch (t) {
            case VALUE_STRING -> text.apply(p.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_NUMBER_INT -> integer(p);
            case VALUE_NUMBER_FLOAT -> floating(p);
            case VALUE_EMBEDDED_OBJECT -> embedded(p.getEmbeddedObject());
            default -> throw new JsonParseException(p, "expected a value but found " + t);
        };
    }

    private static JsonNode integer(JsonParser p) throws IOException {
        return switch (p.getNumberType()) {
            case INT -> NODES.numberNode(p.getIntValue());
            case LONG -> NODES.numberNode(p.getLongValue());
            default -> NODES.numberNode(p.getBigIntegerValue());
        };
    }

    private static JsonNode floating(JsonParser p) throws IOException {
        return switch (p.getNumberTypeFP()) {
            case BIG_DECIMAL -> {
                BigDecimal value = p.getDecimalValue();
                yield NODES.numberNode(NODES.willStripTrailingBigDecimalZeroes() ? value.stripTrailingZeros() : value);
            }
            case FLOAT32 -> NODES.numberNode(p.getFloatValue());
            default -> NODES.numberNode(p.getDoubleValue());
        };
    }

    private static JsonNode embedded(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value.getClass() == byte[].class) {
            return NODES.binaryNode((byte[]) value);
        }
        if (value instanceof RawValue raw) {
            return NODES.rawValueNode(raw);
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        return NODES.pojoNode(value);
    }
}
