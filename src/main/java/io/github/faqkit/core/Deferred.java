package io.github.faqkit.core;

/**
 * A part of a page's model that is made on first use: a page rebuilt from its stored summary keeps its kramdown
 * model as bytes, since a rerun that takes the checks of unchanged pages over reads the model of a few pages
 * only. Safe to share between threads: two threads that read it first at once may both decode it and get equal
 * values.
 */
final class Deferred<T> {
    /** Makes the value; its failure is the caller's bug (the bytes were checked when the summary was bound). */
    @FunctionalInterface
    interface Decoder<T> {
        T decode() throws java.io.IOException;
    }

    private volatile T value;
    /** Dropped once the value is made, with the bytes it holds. */
    private volatile Decoder<T> decoder;

    private Deferred(T value, Decoder<T> decoder) {
        this.value = value;
        this.decoder = decoder;
    }

    static <T> Deferred<T> of(T value) {
        return new Deferred<>(value, null);
    }

    static <T> Deferred<T> decoding(Decoder<T> decoder) {
        return new Deferred<>(null, decoder);
    }

    T get() {
        T v = value;
        if (v != null) {
            return v;
        }
        Decoder<T> d = decoder;
        if (d == null) {
            return value; // another thread made it between the two reads
        }
        try {
            v = d.decode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a stored page summary that was checked does not read back", e);
        }
        value = v;
        decoder = null;
        return v;
    }
}
