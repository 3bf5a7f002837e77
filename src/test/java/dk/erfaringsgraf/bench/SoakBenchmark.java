package dk.erfaringsgraf.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded soak of a running {@code serve}: N clients for D seconds send a mix of ordinary requests (network,
 * node detail, search, a console query) and hostile ones (a cross-site text/plain POST, a foreign Host header, a
 * search of 2,000 terms, a console result of 10 million numbers, a console query that would hold the server),
 * then an ordinary request is timed on the quiet server. Prints requests and answers per kind, errors (no answer
 * or an answer not right for the request: a 5xx, a hostile request served), p50/p99 and, given the server's process
 * id, its resident memory before and after. Loopback only; asserts nothing. Run after
 * {@code mvn -DskipTests package test-compile} and {@code serve} (see the README):
 * <pre>java -cp "target/erfaringsgraf.jar:target/test-classes:$(cat target/test-classpath.txt)" \
 *     dk.erfaringsgraf.bench.SoakBenchmark http://127.0.0.1:7070 50 60 [server-pid]</pre>
 */
public final class SoakBenchmark {

    /** What a request is, and the answers that are right for it (anything else counts as an error). */
    private record Probe(String name, boolean hostile, String method, String path, String contentType, String body,
                         String host, Set<Integer> right) {
    }

    private static final Set<Integer> OK = Set.of(200);
    /** The console may also say busy (429), too slow (408) or too big (400, reason memory). */
    private static final Set<Integer> CONSOLE = Set.of(200, 400, 408, 429);

    private static final String BIG_SEARCH = String.join("+", Collections.nCopies(2000, "m%C3%B8de"));
    private static final List<Probe> MIX = List.of(
            new Probe("GET /api/graph", false, "GET", "/api/graph", null, null, null, OK),
            new Probe("GET /api/node/theme", false, "GET", "/api/node/theme/digitalisering", null, null, null, OK),
            new Probe("GET /api/search", false, "GET", "/api/search?q=m%C3%B8de", null, null, null, OK),
            new Probe("POST /api/cypher (actors)", false, "POST", "/api/cypher", "application/json",
                    "{\"query\":\"MATCH (a:Actor)<-[:MENTIONS]-(i:Item) RETURN a.name, count(i) AS n ORDER BY n DESC\"}",
                    null, Set.of(200, 429)),
            new Probe("POST text/plain (cross-site)", true, "POST", "/api/cypher", "text/plain",
                    "{\"query\":\"MATCH (n) RETURN count(n)\"}", null, Set.of(415)),
            new Probe("GET foreign Host", true, "GET", "/api/meta", null, null, "evil.example", Set.of(421)),
            // Jetty refuses the URL itself (414) before the API's own 400 for long search text
            new Probe("GET search of 2000 terms", true, "GET", "/api/search?q=" + BIG_SEARCH, null, null, null,
                    Set.of(400, 414)),
            // a 200 here is an answer cut by the byte cap, with the cut stated
            new Probe("POST cypher 10M numbers", true, "POST", "/api/cypher", "application/json",
                    "{\"query\":\"UNWIND range(1,1000) AS x RETURN range(1,10000)\"}", null, CONSOLE),
            new Probe("POST cypher 60M list", true, "POST", "/api/cypher", "application/json",
                    "{\"query\":\"RETURN range(1, 60000000) AS l\"}", null, Set.of(400, 408, 429)));
    /** The hostile requests are rarer than the ordinary ones: one in this many. */
    private static final int HOSTILE_EVERY = 10;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, Map<Integer, AtomicLong>> answers = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    private SoakBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:7070";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        long pid = args.length > 3 ? Long.parseLong(args[3]) : -1;
        if (!InetAddress.getByName(URI.create(base).getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("The soak runs against 127.0.0.1 only, not " + base);
        }
        if (clients < 1 || clients > 200 || seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("clients 1–200 and seconds 1–600, not " + clients + " and " + seconds);
        }
        new SoakBenchmark(base).run(clients, seconds, pid);
    }

    private void run(int clients, int seconds, long pid) throws Exception {
        System.out.printf("soak: %d clients for %d s against %s%n", clients, seconds, base);
        System.out.printf("server memory before: %s%n", rss(pid));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    Probe p = r.nextInt(HOSTILE_EVERY) == 0 ? pick(true, r) : pick(false, r);
                    send(p);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 180L, TimeUnit.SECONDS);
        report();
        System.out.printf("server memory after: %s%n", rss(pid));
        long t = System.nanoTime();
        int quiet = send(MIX.get(0));
        System.out.printf("afterwards on the quiet server: GET /api/graph %d in %.1f ms%n", quiet,
                (System.nanoTime() - t) / 1e6);
    }

    private static Probe pick(boolean hostile, ThreadLocalRandom r) {
        List<Probe> kind = MIX.stream().filter(p -> p.hostile() == hostile).toList();
        return kind.get(r.nextInt(kind.size()));
    }

    private int send(Probe p) {
        long t = System.nanoTime();
        int status;
        try {
            if (p.host() != null) {
                status = ForeignHost.send(base, p.path(), p.host());
            } else {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + p.path()))
                        .timeout(Duration.ofSeconds(150));
                HttpRequest request = p.method().equals("POST")
                        ? b.header("Content-Type", p.contentType())
                                .POST(HttpRequest.BodyPublishers.ofString(p.body(), StandardCharsets.UTF_8)).build()
                        : b.GET().build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            failures.merge(p.name() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), 1, Integer::sum);
            status = -1;
        }
        if (status > 0 && !p.right().contains(status)) {
            errors.incrementAndGet();
        }
        answers.computeIfAbsent(p.name(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
        micros.computeIfAbsent(p.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                .add((System.nanoTime() - t) / 1000);
        return status;
    }

    private void report() {
        System.out.printf("%-32s %9s %9s %9s  %s%n", "request", "count", "p50 ms", "p99 ms", "answers (status: count)");
        long total = 0;
        for (Probe p : MIX) {
            List<Long> times = micros.getOrDefault(p.name(), List.of());
            if (times.isEmpty()) {
                continue;
            }
            List<Long> sorted;
            synchronized (times) {
                sorted = new ArrayList<>(times);
            }
            Collections.sort(sorted);
            total += sorted.size();
            System.out.printf("%-32s %9d %9.1f %9.1f  %s%n", p.name(), sorted.size(),
                    sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.99)) / 1000.0,
                    new TreeMap<>(answers.get(p.name())));
        }
        System.out.printf("total %d requests; errors (no answer, or an answer not right for the request): %d%n",
                total, errors.get());
        failures.forEach((what, n) -> System.out.printf("  no answer ×%d: %s%n", n, what));
    }

    /** Resident memory of the server process from /proc, or "unknown" without a process id. */
    private static String rss(long pid) {
        if (pid < 0) {
            return "unknown (pass the server's process id as 4th argument)";
        }
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("no VmRSS").replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** java.net.http cannot set a Host header; a plain socket can, as a DNS-rebinding page's browser would. */
    private static final class ForeignHost {
        static int send(String base, String path, String host) throws java.io.IOException {
            URI uri = URI.create(base);
            try (java.net.Socket s = new java.net.Socket(uri.getHost(), uri.getPort())) {
                s.setSoTimeout(30_000);
                s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                return status == null ? -1 : Integer.parseInt(status.split(" ")[1]);
            }
        }
    }
}
