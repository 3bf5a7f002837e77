package dk.erfaringsgraf.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of the explorer's API against a running {@code serve}: per endpoint, sequential requests after a
 * warm-up (p50, p95, max, mean response size), then the default network under concurrent clients. Prints
 * numbers; asserts nothing. Run (after {@code mvn -DskipTests package test-compile} and {@code serve}):
 * <pre>java -cp target/erfaringsgraf.jar:target/test-classes dk.erfaringsgraf.bench.ApiBenchmark http://127.0.0.1:7070 200</pre>
 */
public final class ApiBenchmark {

    private static final List<String[]> REQUESTS = List.of(
            new String[] {"GET", "/api/meta"},
            new String[] {"GET", "/api/graph"},
            new String[] {"GET", "/api/graph?sources=kl-2020,soroe-2020&kinds=challenge,recommendation&minWeight=2"},
            new String[] {"GET", "/api/graph?types=theme,actor,source,item"},
            new String[] {"GET", "/api/node/actor/corona-gruppe"},
            new String[] {"GET", "/api/node/theme/digitalisering"},
            new String[] {"GET", "/api/items/komdir-2020:41/context"},
            new String[] {"GET", "/api/search?q=m%C3%B8de"},
            new String[] {"GET", "/api/matrix?kind=challenge"},
            new String[] {"GET", "/api/tables/theme-source"},
            new String[] {"GET", "/api/tables/theme-source?format=xlsx"},
            new String[] {"POST", "{\"query\":\"MATCH (a:Actor)<-[:MENTIONS]-(i:Item) RETURN a.name, count(i) AS n ORDER BY n DESC\"}"});

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private ApiBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:7070";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        new ApiBenchmark(base).run(n);
    }

    private void run(int n) throws Exception {
        System.out.printf("%-88s %8s %8s %8s %10s%n", "request (" + n + " sequential after 20 warm-up)", "p50 ms", "p95 ms", "max ms", "bytes");
        for (String[] r : REQUESTS) {
            for (int i = 0; i < 20; i++) {
                send(r);
            }
            double[] ms = new double[n];
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                bytes += send(r);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            String name = r[0].equals("POST") ? "POST /api/cypher (actors by mentions)" : r[0] + " " + r[1];
            System.out.printf("%-88s %8.1f %8.1f %8.1f %10d%n", name, ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1], bytes / n);
        }
        concurrent(8, n * 4);
    }

    private void concurrent(int clients, int total) throws Exception {
        String[] r = REQUESTS.get(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t = System.nanoTime();
        List<Future<Long>> done = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            done.add(pool.submit(() -> send(r)));
        }
        for (Future<Long> f : done) {
            f.get();
        }
        double s = (System.nanoTime() - t) / 1e9;
        pool.shutdown();
        System.out.printf("GET /api/graph with %d concurrent clients: %d requests in %.2f s = %.0f requests/s%n",
                clients, total, s, total / s);
    }

    private long send(String[] r) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + (r[0].equals("POST") ? "/api/cypher" : r[1])));
        HttpRequest request = r[0].equals("POST")
                ? b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(r[1], StandardCharsets.UTF_8)).build()
                : b.GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body().length;
    }
}
