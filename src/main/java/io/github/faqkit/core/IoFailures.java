package io.github.faqkit.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words. The JDK's file exceptions often carry only the path
 * ({@link AccessDeniedException#getMessage()} is just the file name), which tells a user nothing.
 */
public final class IoFailures {
    private IoFailures() {}

    /** E.g. {@code "/ci/target/faq/report.json: permission denied"}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fse) {
            String file = fse.getFile() == null
                    ? ""
                    : fse.getFile() + (fse.getOtherFile() == null ? "" : " -> " + fse.getOtherFile());
            String reason = fse.getReason() != null ? fse.getReason() : reason(fse);
            return file.isEmpty() ? reason : file + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        return e.getClass().getSimpleName();
    }
}
