package io.github.faqkit.core.liquid;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** Ruby's {@code %r!/index\\.html?$!}: {@code $} is the end of any line. */
    private static final java.util.regex.Pattern STRIP_INDEX =
            java.util.regex.Pattern.compile("/index\\.html?$", java.util.regex.Pattern.MULTILINE);

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
                    // a loop drop is no hash: Jekyll's jsonify writes what it prints
                    return JSON.writeValueAsString(value instanceof LoopDrop d ? d.toString() : plain(value));
                } catch (Exception e) {
                    return "null";
                }
            }
        });
        out.add(new RubyMap());
        out.add(new RelativeUrl());
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
        // Jekyll's strip_index: the first '/index.html' (or '.htm') at a line's end becomes '/'; nothing for nil or ""
        out.add(new Filter("strip_index") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                String s = value == null ? "" : asString(value, context);
                return s.isEmpty() ? null : STRIP_INDEX.matcher(s).replaceFirst("/");
            }
        });
        out.add(simple("xml_escape", JekyllFilters::xmlEscape));
        out.add(simple("cgi_escape", s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)));
        out.add(simple("uri_escape", s -> s.replace(" ", "%20")));
        out.add(simple("smartify", s -> s));
        out.add(simple(
                "number_of_words",
                s -> String.valueOf(s.isBlank() ? 0 : s.trim().split("\\s+").length)));
        out.add(date("date_to_xmlschema", "%Y-%m-%dT%H:%M:%S%:z"));
        out.add(date("date_to_rfc822", "%a, %d %b %Y %H:%M:%S %z"));
        out.add(date("date_to_string", "%b"));
        out.add(date("date_to_long_string", "%B"));
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
                return xmlEscape(inspect(value));
            }
        });
        out.add(new AbsoluteUrl());
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

    /**
     * Jekyll's date filters, through Liquid's {@code date} (which reads a date as Jekyll does, a string too):
     * {@code date_to_string} and {@code date_to_long_string} take the month format and Jekyll's
     * {@code stringify_date} options ({@code "ordinal"}, and {@code "US"} for month first); the others a whole format.
     */
    private static Filter date(String name, String format) {
        Filter liquidDate = liqp.filters.Filters.JEKYLL_FILTERS.get("date");
        boolean monthOnly = format.equals("%b") || format.equals("%B");
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (value == null) {
                    return null;
                }
                if (!monthOnly) {
                    return liquidDate.apply(value, context, format);
                }
                String type = params.length > 0 && params[0] != null ? asString(params[0], context) : "";
                String style = params.length > 1 && params[1] != null ? asString(params[1], context) : "";
                if (!type.equals("ordinal")) {
                    return liquidDate.apply(value, context, "%d " + format + " %Y");
                }
                String day = asString(liquidDate.apply(value, context, "%-d"), context);
                if (!day.matches("\\d+")) {
                    return value; // not read as a date
                }
                String ordinal = day + ordinalSuffix(Integer.parseInt(day));
                return liquidDate.apply(
                        value,
                        context,
                        style.equals("US") ? format + " " + ordinal + ", %Y" : ordinal + " " + format + " %Y");
            }
        };
    }

    /** Jekyll's {@code xml_escape} (Ruby's {@code CGI.escapeHTML}). */
    static String xmlEscape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /**
     * Jekyll's {@code relative_url}: Liqp's, with the baseurl Jekyll's {@code sanitized_baseurl} gives, one trailing
     * slash chomped ({@code site.baseurl} prints {@code "/"} as written, yet {@code relative_url} gives {@code /x};
     * liquid-golden baseurl-slash).
     */
    static final class RelativeUrl extends Filter {
        private final Filter liqpFilter = liqp.filters.Filters.JEKYLL_FILTERS.get("relative_url");

        RelativeUrl() {
            super("relative_url");
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            Object site = context.get("site");
            Object url;
            if (site instanceof Map<?, ?> m && m.get("baseurl") instanceof String b && b.endsWith("/")) {
                // Liqp's filter reads site.baseurl: it sees the baseurl as Jekyll sanitizes it
                Map<String, Object> sanitized = new HashMap<>();
                m.forEach((k, v) -> sanitized.put(String.valueOf(k), v));
                sanitized.put("baseurl", b.substring(0, b.length() - 1));
                Map<String, Object> vars = new HashMap<>();
                vars.put("site", sanitized);
                url = liqpFilter.apply(value, context.newChildContext(vars), params);
            } else {
                url = liqpFilter.apply(value, context, params);
            }
            // Jekyll joins '/kb' and '/' to '/kb/' (liquid-golden baseurl-kb-*); Liqp gives '/kb' for '/'
            if ("/".equals(value) && url instanceof String u && !u.endsWith("/")) {
                return u + "/";
            }
            return url;
        }
    }

    /**
     * Jekyll's {@code absolute_url}: an absolute URL as it is, else {@code relative_url} behind the site's {@code url}
     * (Liqp's looked for it in a {@code site.config} that Jekyll does not show, so it never added it).
     */
    static final class AbsoluteUrl extends Filter {
        private static final java.util.regex.Pattern ABSOLUTE =
                java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
        private final Filter relative = new RelativeUrl();

        AbsoluteUrl() {
            super("absolute_url");
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            if (value == null) {
                return null;
            }
            String input = asString(value, context);
            if (ABSOLUTE.matcher(input).find()) {
                return input;
            }
            Object relativeUrl = relative.apply(value, context, params);
            Object site = context.get("site");
            Object url = site instanceof Map<?, ?> m ? m.get("url") : null;
            if (url == null || asString(url, context).isEmpty()) {
                return relativeUrl;
            }
            return asString(url, context) + asString(relativeUrl, context);
        }
    }

    /** Ruby's {@code inspect} of a Liquid value: strings quoted, lists and maps as Ruby writes them. */
    static String inspect(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof CharSequence text) {
            return "\""
                    + text.toString()
                            .replace("\\", "\\\\")
                            .replace("\"", "\\\"")
                            .replace("\n", "\\n") + "\"";
        }
        if (value instanceof Object[] array) {
            return inspect(java.util.Arrays.asList(array));
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(o -> items.add(inspect(o)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> items = new ArrayList<>();
            map.forEach((k, v) -> items.add(inspect(k) + "=>" + inspect(v)));
            return "{" + String.join(", ", items) + "}";
        }
        return String.valueOf(value);
    }

    /** Jekyll's {@code ordinal}: 1st, 2nd, 3rd, 4th, 11th–13th. */
    private static String ordinalSuffix(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
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
            case "pretty" -> "[\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]";
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
