package io.github.faqkit.core.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.core.Futures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks external servers whether URLs exist (HEAD, then GET when HEAD is refused), a few at a time,
 * and remembers the answers in a cache file so a rerun within {@link #MAX_AGE} asks nobody again.
 * Rate limiting (429) and time-outs are "unknown", never "broken": a flaky server must not fail a build.
 */
public final class ExternalChecker {
    /** How long an answer is trusted. */
    public static final Duration MAX_AGE = Duration.ofHours(24);

    private static final int PARALLEL = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a server said about one URL. */
    public record Status(Verdict verdict, int code, String detail, Instant checkedAt) {}

    /** Broken means the reader gets an error page; unknown means we could not tell. */
    public enum Verdict {
        OK,
        BROKEN,
        UNKNOWN
    }

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    public ExternalChecker(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
    }

    public static ExternalChecker standard() {
        return new ExternalChecker(Duration.ofSeconds(10), Clock.systemUTC());
    }

    /** Checks every http(s) URL once, reusing fresh answers from {@code cacheFile} (may be null). */
    public Map<String, Status> check(Collection<String> urls, Path cacheFile) {
        Map<String, Status> cached = read(cacheFile);
        Map<String, Status> out = new ConcurrentHashMap<>();
        ExecutorService pool = Futures.daemonPool(PARALLEL, "faq-external-check");
        try {
            for (String url : urls) {
                Status old = cached.get(url);
                if (old != null
                        && old.verdict() != Verdict.UNKNOWN
                        && old.checkedAt().plus(MAX_AGE).isAfter(clock.instant())) {
                    out.put(url, old);
                    continue;
                }
                pool.execute(() -> out.put(url, ask(url)));
            }
            pool.shutdown();
            pool.awaitTermination(timeout.multipliedBy(3).toMillis() * Math.max(1, urls.size()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        Map<String, Status> merged = new TreeMap<>(cached);
        merged.putAll(out);
        write(cacheFile, merged);
        return out;
    }

    private Status ask(String url) {
        Instant now = clock.instant();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Status(Verdict.BROKEN, 0, "not a valid URL", now);
        }
        try {
            int code = send(uri, "HEAD");
            if (code == 405 || code == 403 || code == 501) {
                code = send(uri, "GET");
            }
            if (code == 429 || code >= 500) {
                return new Status(Verdict.UNKNOWN, code, "the server answered " + code, now);
            }
            return new Status(code < 400 ? Verdict.OK : Verdict.BROKEN, code, "the server answered " + code, now);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Status(Verdict.UNKNOWN, 0, "no answer within " + timeout.toSeconds() + " s", now);
        } catch (java.net.ConnectException e) {
            return new Status(Verdict.BROKEN, 0, "the server refused the connection", now);
        } catch (IOException e) {
            return new Status(
                    Verdict.UNKNOWN, 0, "the request failed (" + e.getClass().getSimpleName() + ")", now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Status(Verdict.UNKNOWN, 0, "interrupted", now);
        } catch (RuntimeException e) {
            return new Status(Verdict.BROKEN, 0, "not a URL a browser can load", now);
        }
    }

    private int send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "faq-maven-plugin link check")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, Status> read(Path file) {
        Map<String, Status> out = new TreeMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return out;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            root.path("urls").properties().forEach(e -> {
                JsonNode v = e.getValue();
                try {
                    out.put(
                            e.getKey(),
                            new Status(
                                    Verdict.valueOf(v.path("verdict").asText()),
                                    v.path("code").asInt(),
                                    v.path("detail").asText(),
                                    Instant.parse(v.path("checkedAt").asText())));
                } catch (RuntimeException ignored) {
                    // an entry we cannot read is simply asked again
                }
            });
        } catch (IOException | RuntimeException e) {
            // a damaged cache is as good as none
        }
        return out;
    }

    private static void write(Path file, Map<String, Status> all) {
        if (file == null) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", 1);
        ObjectNode urls = root.putObject("urls");
        all.forEach((url, s) -> urls.putObject(url)
                .put("verdict", s.verdict().name())
                .put("code", s.code())
                .put("detail", s.detail())
                .put("checkedAt", s.checkedAt().toString()));
        try {
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            // the cache only saves time; failing to write it must not fail validation
        }
    }
}
