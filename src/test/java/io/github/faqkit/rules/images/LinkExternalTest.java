package io.github.faqkit.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.refs.ExternalChecker;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LNK002 against a server on the loopback interface only. */
class LinkExternalTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            int code = path.startsWith("/ok")
                    ? 200
                    : path.startsWith("/busy")
                            ? 429
                            : path.startsWith("/get-only")
                                    ? (exchange.getRequestMethod().equals("HEAD") ? 405 : 200)
                                    : 404;
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SiteFixture site(int closedPort) {
        return SiteFixture.in(dir.resolve("site"))
                .page(
                        "index.md",
                        "title: Home",
                        "[fine](" + base + "/ok) and [gone](" + base + "/missing#x)\n\n"
                                + "![shot](" + base + "/missing.png)\n\n"
                                + "[head refused](" + base + "/get-only) [rate limited](" + base + "/busy)\n\n"
                                + "[refused](http://127.0.0.1:" + closedPort + "/x) [local](docs/a.md)\n");
    }

    private ValidationResult run(boolean checkExternal, Path cache) throws IOException {
        ExternalChecker checker = new ExternalChecker(Duration.ofSeconds(5), Clock.systemUTC());
        return new Validator(List.of(new LinkExternal(checker)))
                .validate(new ValidationRequest(
                        dir.resolve("site"),
                        null,
                        null,
                        null,
                        null,
                        new RuleOptions(null, null, null, cache),
                        null,
                        checkExternal));
    }

    private static List<String> where(ValidationResult r) {
        return r.findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.severity().label())
                .collect(Collectors.toList());
    }

    @Test
    void reportsBrokenLinksAndImagesButNotRateLimitsOrRefusedHead() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        site(closed);
        ValidationResult r = run(true, dir.resolve("cache/external.json"));

        // body lines 1, 3 and 7 are file lines 4, 6 and 10 (three front matter lines before them)
        List<String> lines = Files.readAllLines(dir.resolve("site/index.md"));
        assertThat(where(r))
                .containsExactly(
                        "4:" + (lines.get(3).indexOf(base + "/missing") + 1) + " warning",
                        "6:" + (lines.get(5).indexOf(base + "/missing.png") + 1) + " warning",
                        "10:" + (lines.get(9).indexOf("http://127.0.0.1:" + closed) + 1) + " warning");
        Finding gone = r.findings().get(0);
        assertThat(gone.ruleId()).isEqualTo("LNK002");
        assertThat(gone.message()).contains(base + "/missing", "answered 404");
        assertThat(r.findings().get(2).message()).contains("refused the connection");
    }

    @Test
    void offUnlessAskedFor() throws IOException {
        site(1);
        assertThat(run(false, null).findings()).isEmpty();
        assertThat(requests.get()).isZero();
    }

    @Test
    void aRerunTrustsTheCacheAndAsksNobody() throws IOException {
        site(1);
        Path cache = dir.resolve("cache/external.json");
        List<String> first = where(run(true, cache));
        int asked = requests.get();
        assertThat(Files.readString(cache)).contains(base + "/missing", "BROKEN");

        List<String> second = where(run(true, cache));
        assertThat(second).isEqualTo(first);
        // only the unknown answer (429) is asked again
        assertThat(requests.get() - asked).isEqualTo(1);
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        site(1);
        Path cache = dir.resolve("cache/external.json");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "{not json");
        assertThat(run(true, cache).findings()).extracting(Finding::severity).contains(Severity.WARNING);
    }
}
