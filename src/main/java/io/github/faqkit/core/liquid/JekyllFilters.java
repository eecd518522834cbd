package io.github.faqkit.core.liquid;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liqp.Template;
import liqp.TemplateContext;
import liqp.filters.Filter;
import liqp.filters.Where;
import liqp.filters.Where_Exp;

/** Jekyll's own filters (Jekyll::Filters) that Liqp's Jekyll flavor does not bring. */
final class JekyllFilters {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JekyllFilters() {}

    /** What group_by and group_by_exp give: one {name, items, size} per key, in first-seen order. */
    private static List<Object> asGroups(Map<String, List<Object>> groups) {
        List<Object> result = new ArrayList<>();
        groups.forEach((name, items) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("name", name);
            g.put("items", items);
            g.put("size", items.size());
            result.add(g);
        });
        return result;
    }

    static List<Filter> all() {
        List<Filter> out = new ArrayList<>(RubyFilters.all());
        out.add(new Filter("jsonify") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                try {
                    return JSON.writeValueAsString(plain(value));
                } catch (Exception e) {
                    return "null";
                }
            }
        });
        out.add(new RubyMap());
        out.add(new Filter("slugify") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                String mode = params.length > 0 && params[0] != null ? asString(params[0], context) : "default";
                return slugify(asString(value, context), mode);
            }
        });
        out.add(new Filter("markdownify") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return Markdownify.toHtml(asString(value, context));
            }
        });
        out.add(new Filter("group_by") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                String key = params.length > 0 ? asString(params[0], context) : "";
                Map<String, List<Object>> groups = new LinkedHashMap<>();
                for (Object item : asArray(value, context)) {
                    Object k = item instanceof Map<?, ?> m ? m.get(key) : null;
                    groups.computeIfAbsent(k == null ? "" : asString(k, context), x -> new ArrayList<>())
                            .add(item);
                }
                return asGroups(groups);
            }
        });
        out.add(new Filter("group_by_exp") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (params.length < 2) {
                    return value;
                }
                String variable = asString(params[0], context);
                Template expression = context.getParser()
                        .parse(HyphenNames.of("{{ " + asString(params[1], context) + " }}")
                                .text());
                Map<String, List<Object>> groups = new LinkedHashMap<>();
                for (Object item : asArray(value, context)) {
                    String key = expression.renderUnguarded(Map.of(variable, item), context, true);
                    groups.computeIfAbsent(key, x -> new ArrayList<>()).add(item);
                }
                return asGroups(groups);
            }
        });
        // Jekyll's find and find_exp return the first item that where and where_exp would keep, or nil.
        out.add(new Filter("find") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return first(new Where().apply(value, context, params), context);
            }
        });
        out.add(new Filter("find_exp") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return first(new Where_Exp().apply(value, context, params), context);
            }
        });
        out.add(simple(
                "xml_escape",
                s -> s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;")));
        out.add(simple("cgi_escape", s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)));
        out.add(simple("uri_escape", s -> s.replace(" ", "%20")));
        out.add(simple("smartify", s -> s));
        out.add(simple(
                "number_of_words",
                s -> String.valueOf(s.isBlank() ? 0 : s.trim().split("\\s+").length)));
        out.add(date("date_to_xmlschema", DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.add(date("date_to_rfc822", DateTimeFormatter.RFC_1123_DATE_TIME));
        out.add(date("date_to_string", DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH)));
        out.add(date("date_to_long_string", DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH)));
        out.add(new Filter("array_to_sentence_string") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                Object[] items = asArray(value, context);
                String conj = params.length > 0 ? asString(params[0], context) : "and";
                List<String> s = new ArrayList<>();
                for (Object o : items) {
                    s.add(asString(o, context));
                }
                return switch (s.size()) {
                    case 0 -> "";
                    case 1 -> s.get(0);
                    case 2 -> s.get(0) + " " + conj + " " + s.get(1);
                    default -> String.join(", ", s.subList(0, s.size() - 1)) + ", " + conj + " " + s.get(s.size() - 1);
                };
            }
        });
        out.add(new Filter("to_integer") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                try {
                    return asNumber(value).longValue();
                } catch (RuntimeException e) {
                    return 0L;
                }
            }
        });
        out.add(new Filter("inspect") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return String.valueOf(value);
            }
        });
        return out;
    }

    private static Object first(Object kept, TemplateContext context) {
        if (kept instanceof List<?> list) {
            return list.isEmpty() ? null : list.get(0);
        }
        if (kept instanceof Object[] array) {
            return array.length == 0 ? null : array[0];
        }
        return null;
    }

    private static Filter simple(String name, java.util.function.UnaryOperator<String> f) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return f.apply(asString(value, context));
            }
        };
    }

    private static Filter date(String name, DateTimeFormatter format) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (value == null) {
                    return null;
                }
                try {
                    ZonedDateTime d = asRubyDate(value, context);
                    return d == null ? asString(value, context) : format.format(d);
                } catch (RuntimeException e) {
                    return asString(value, context);
                }
            }
        };
    }

    /** Jekyll::Utils.slugify: lower case, runs of characters the mode does not keep become one hyphen. */
    static String slugify(String s, String mode) {
        if (s == null) {
            return "";
        }
        if (mode.equals("none")) {
            return s;
        }
        String keep = switch (mode) {
            case "raw" -> "[^\\s]";
            case "pretty" -> "[\\p{Alnum}._~!$&'()+,;=@]";
            case "ascii" -> "[a-zA-Z0-9]";
            case "latin" -> "[a-zA-Z0-9]";
            default -> "[\\p{L}\\p{N}]";
        };
        String input = mode.equals("latin")
                ? java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                : s;
        String slug = input.replaceAll("(?:(?!" + keep + ").)+", "-").replaceAll("^-+|-+$", "");
        return slug.toLowerCase(Locale.ROOT);
    }

    static Object plain(Object value) {
        if (value instanceof ZonedDateTime d) {
            return d.toString();
        }
        if (value instanceof Object[] a) {
            List<Object> l = new ArrayList<>();
            for (Object o : a) {
                l.add(plain(o));
            }
            return l;
        }
        return value;
    }

    /**
     * Liquid's {@code map} as Ruby runs it where Liqp's stops: a string element answers {@code e[property]}, the
     * property itself when the string contains it, else nil ({@code site.tac_projects | map: 'plural'} over a list
     * of strings gives nils, not an error). Every other list is Liqp's own map.
     */
    static final class RubyMap extends Filter {
        private final Filter liqpMap = liqp.filters.Filters.JEKYLL_FILTERS.get("map");

        RubyMap() {
            super("map");
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            List<Object> items = new ArrayList<>();
            flatten(asArray(value, context), items);
            if (items.stream().noneMatch(CharSequence.class::isInstance)) {
                return liqpMap.apply(value, context, params);
            }
            String property = params.length > 0 && params[0] != null ? asString(params[0], context) : "";
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof CharSequence text) {
                    out.add(
                            property.equals("to_liquid")
                                    ? text
                                    : text.toString().contains(property) ? property : null);
                } else if (item == null) {
                    out.add(null);
                } else {
                    Object[] one = asArray(liqpMap.apply(new Object[] {item}, context, params), context);
                    out.add(one.length > 0 ? one[0] : null);
                }
            }
            return out.toArray();
        }

        private void flatten(Object[] in, List<Object> out) {
            for (Object o : in) {
                if (o instanceof Object[] a) {
                    flatten(a, out);
                } else if (o instanceof List<?> l) {
                    flatten(l.toArray(), out);
                } else {
                    out.add(o);
                }
            }
        }
    }
}
