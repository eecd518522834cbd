package io.github.faqkit.pack;

import io.github.faqkit.core.Futures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** A fixed pool of threads, each lending its {@link EntryEncoder} to the job it runs. */
final class Workers implements AutoCloseable {
    /** Work on one or more entries with an encoder that no other thread uses meanwhile. */
    interface Job<T> {
        T run(EntryEncoder encoder) throws IOException, PackException;
    }

    private final ExecutorService pool;
    private final BlockingQueue<EntryEncoder> encoders;
    private final List<EntryEncoder> all = new ArrayList<>();

    Workers(Compression compression) {
        int n = compression.threads();
        encoders = new ArrayBlockingQueue<>(n);
        for (int i = 0; i < n; i++) {
            EntryEncoder e = new EntryEncoder(compression);
            all.add(e);
            encoders.add(e);
        }
        pool = Futures.daemonPool(n, "faq-zip");
    }

    <T> Future<T> submit(Job<T> job) {
        return pool.submit(() -> {
            // never blocks: at most n jobs run at once and each returns its encoder
            EntryEncoder e = encoders.take();
            try {
                return job.run(e);
            } finally {
                encoders.add(e);
            }
        });
    }

    /** The job's result, with the exception it threw rethrown as itself. */
    static <T> T get(Future<T> f) throws IOException, PackException {
        return Futures.get(f, PackException.class, "writing the archive");
    }

    /** Stops the threads (abandoning queued jobs after a failure) and frees the deflaters' native memory. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.forEach(EntryEncoder::close);
    }
}
