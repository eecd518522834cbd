package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A derived value's factory may ask for other derived values (the published-address scan asks for the repository's
 * files): with more nested values than the map has bins, two of them must share a bin, where a map that computes
 * inside itself fails ("Recursive update"). Each value is made once and kept.
 */
class SiteDerivedTest {
    @TempDir
    Path dir;

    private static final List<Class<?>> TYPES = List.of(
            Integer.class,
            Long.class,
            Short.class,
            Byte.class,
            Double.class,
            Float.class,
            Character.class,
            Boolean.class,
            String.class,
            StringBuilder.class,
            java.util.ArrayList.class,
            java.util.HashMap.class,
            java.util.TreeMap.class,
            java.util.LinkedList.class,
            java.util.HashSet.class,
            java.util.TreeSet.class,
            java.math.BigInteger.class,
            java.math.BigDecimal.class,
            java.util.ArrayDeque.class,
            java.util.Vector.class);

    @Test
    void aFactoryMayAskForOtherDerivedValues() {
        Site site =
                SiteFixture.in(dir).page("index.md", "title: Home", "Hello\n").loadSite();
        int[] made = new int[TYPES.size()];
        Object first = nested(site, 0, made);
        assertThat(first).isSameAs(nested(site, 0, made));
        assertThat(made).containsOnly(1);
    }

    private static Object nested(Site site, int i, int[] made) {
        @SuppressWarnings("unchecked")
        Class<Object> type = (Class<Object>) TYPES.get(i);
        return site.derived(type, s -> {
            if (i + 1 < TYPES.size()) {
                nested(s, i + 1, made);
            }
            made[i]++;
            return instance(type);
        });
    }

    private static Object instance(Class<?> type) {
        try {
            return type == Integer.class
                    ? Integer.valueOf(1)
                    : type == Long.class
                            ? Long.valueOf(1)
                            : type == Short.class
                                    ? Short.valueOf((short) 1)
                                    : type == Byte.class
                                            ? Byte.valueOf((byte) 1)
                                            : type == Double.class
                                                    ? Double.valueOf(1)
                                                    : type == Float.class
                                                            ? Float.valueOf(1)
                                                            : type == Character.class
                                                                    ? Character.valueOf('a')
                                                                    : type == Boolean.class
                                                                            ? Boolean.TRUE
                                                                            : type == String.class
                                                                                    ? "a"
                                                                                    : type == java.math.BigInteger.class
                                                                                            ? java.math.BigInteger.ONE
                                                                                            : type
                                                                                                            == java.math
                                                                                                                    .BigDecimal
                                                                                                                    .class
                                                                                                    ? java.math
                                                                                                            .BigDecimal
                                                                                                            .ONE
                                                                                                    : type.getDeclaredConstructor()
                                                                                                            .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
