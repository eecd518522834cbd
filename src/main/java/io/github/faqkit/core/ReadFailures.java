package io.github.faqkit.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/** Says in writers' words why a file could not be read; never an absolute path or a stack trace. */
final class ReadFailures {
    private ReadFailures() {}

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it was deleted or moved while the site was being checked";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: the build user cannot read it";
        }
        if (e instanceof FileSystemLoopException) {
            return "it is a looping symbolic link";
        }
        return "it could not be read (" + e.getClass().getSimpleName() + ")";
    }

    /** First line only, so a notice stays one line in the build log. */
    static String oneLine(String s) {
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl);
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
