package io.github.faqkit.core;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The thread pools of the tool (daemon threads, so a failed build never hangs on them) and waiting for their
 * work, with the job's own exception rethrown as itself.
 */
public final class Futures {
    private Futures() {}

    /** A fixed pool of {@code threads} daemon threads named {@code name}; the caller shuts it down. */
    public static ExecutorService daemonPool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The job's result. An {@link IOException}, a {@code checked} exception, a runtime exception or an error
     * thrown by the job is rethrown unchanged; any other cause (or an interrupt) becomes an IOException
     * naming {@code what} the job was doing.
     */
    public static <T, E extends Exception> T get(Future<T> f, Class<E> checked, String what) throws IOException, E {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (checked.isInstance(cause)) {
                throw checked.cast(cause);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException("failed while " + what, cause);
        }
    }
}
