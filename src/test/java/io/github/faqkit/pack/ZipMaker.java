package io.github.faqkit.pack;

import io.github.faqkit.core.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Builds hand-made (possibly hostile) zips entry by entry, duplicates and links included. */
final class ZipMaker {
    private record Item(String name, byte[] data, int unixMode) {}

    private final List<Item> items = new ArrayList<>();

    ZipMaker add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    ZipMaker add(String name, byte[] data) {
        items.add(new Item(name, data, 0100644));
        return this;
    }

    ZipMaker symlink(String name, String target) {
        items.add(new Item(name, target.getBytes(StandardCharsets.UTF_8), 0120777));
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(raw)) {
            for (Item i : items) {
                ZipArchiveEntry e = new ZipArchiveEntry(i.name());
                e.setUnixMode(i.unixMode());
                zip.putArchiveEntry(e);
                zip.write(i.data());
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    static String manifest(String pagesJson, String assetsJson) {
        return "{\"formatVersion\":1,\"groupId\":\"g\",\"artifactId\":\"a\",\"version\":\"1\",\"baseurl\":\"\","
                + "\"pages\":[" + pagesJson + "],\"assets\":[" + assetsJson + "],\"nav\":[]}";
    }

    static String page(String path, String title, String url, String content) {
        return "{\"path\":\"" + path + "\",\"title\":\"" + title + "\",\"url\":\"" + url + "\",\"sha256\":\""
                + Sha256.hex(content.getBytes(StandardCharsets.UTF_8)) + "\"}";
    }

    static String asset(String path, byte[] content) {
        return "{\"path\":\"" + path + "\",\"size\":" + content.length + ",\"sha256\":\"" + Sha256.hex(content) + "\"}";
    }
}
