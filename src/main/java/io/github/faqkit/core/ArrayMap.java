package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A map in insertion order, as {@link java.util.LinkedHashMap} keeps it, held in one array of keys and values
 * found by a linear search: for the handful of keys of a page's front matter, which every page summary of a site
 * keeps (a linked hash map costs four times as much: a node per key and a table). Not for large maps.
 */
final class ArrayMap<K, V> extends AbstractMap<K, V> {
    /** Key {@code i} at {@code 2i}, its value at {@code 2i + 1}. */
    private Object[] slots;

    private int size;
    private int modCount;

    ArrayMap(int capacity) {
        slots = new Object[Math.max(1, capacity) * 2];
    }

    /** A node with the same members in the same order, held in an {@link ArrayMap} (null stays null). */
    static ObjectNode compact(ObjectNode data) {
        if (data == null) {
            return null;
        }
        ArrayMap<String, JsonNode> map = new ArrayMap<>(data.size());
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            map.put(e.getKey(), e.getValue());
        }
        return new ObjectNode(JsonNodeFactory.instance, map);
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (slots[2 * i] == key) {
                return i; // keys are interned: the usual lookup by a constant needs no comparison
            }
        }
        for (int i = 0; i < size; i++) {
            if (Objects.equals(slots[2 * i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) slots[2 * i + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        int i = indexOf(key);
        if (i >= 0) {
            V old = (V) slots[2 * i + 1];
            slots[2 * i + 1] = value;
            return old;
        }
        if (2 * size == slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        slots[2 * size] = key;
        slots[2 * size + 1] = value;
        size++;
        modCount++;
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        V old = (V) slots[2 * i + 1];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        System.arraycopy(slots, 2 * i + 2, slots, 2 * i, 2 * (size - i - 1));
        size--;
        slots[2 * size] = null;
        slots[2 * size + 1] = null;
        modCount++;
    }

    @Override
    public void clear() {
        Arrays.fill(slots, 0, 2 * size, null);
        size = 0;
        modCount++;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;
                    private int expected = modCount;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<K, V> next() {
                        if (expected != modCount) {
                            throw new ConcurrentModificationException();
                        }
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        return new Entry(last);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        if (expected != modCount) {
                            throw new ConcurrentModificationException();
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                        expected = modCount;
                    }
                };
            }
        };
    }

    /** The entry at a position, writing through to the map as a hash map's entry does. */
    private final class Entry implements Map.Entry<K, V> {
        private final int index;

        Entry(int index) {
            this.index = index;
        }

        @Override
        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) slots[2 * index];
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getValue() {
            return (V) slots[2 * index + 1];
        }

        @Override
        public V setValue(V value) {
            V old = getValue();
            slots[2 * index + 1] = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && Objects.equals(getKey(), e.getKey())
                    && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
