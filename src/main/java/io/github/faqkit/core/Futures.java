package io.github.faqkit.core;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to a thread pool, with the job's own exception rethrown as itself. */
public final class Futures {
    private Futures() {
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
