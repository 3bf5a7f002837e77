package dk.erfaringsgraf.bench;

import dk.erfaringsgraf.testing.Browser;
import java.util.List;
import org.openqa.selenium.By;

/**
 * How fluid the network view is in headless Chromium (software rendering, no GPU): time from opening the
 * page until the layout has settled, then frame times while the view is zoomed in and out every frame.
 * Prints numbers; asserts nothing. Run against a running {@code serve}:
 * <pre>java -cp "target/erfaringsgraf.jar:target/test-classes:$(cat target/test-classpath.txt)" \
 *   dk.erfaringsgraf.bench.NetworkRenderBenchmark http://127.0.0.1:7070</pre>
 * (write the test class path once with {@code mvn dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt}).
 */
public final class NetworkRenderBenchmark {

    private static final List<String[]> VIEWS = List.of(
            new String[] {"themes and actors, 49 nodes (SVG)", "#view=network"},
            new String[] {"full graph, 704 nodes (canvas)", "#view=network&types=theme,actor,source,item"});

    private static final String ZOOM_FRAMES = """
            const done = arguments[arguments.length - 1];
            const surface = document.querySelector('#view-network canvas') || document.querySelector('#view-network svg');
            const box = surface.getBoundingClientRect();
            const gaps = [];
            const start = performance.now();
            let last = start;
            function step(now) {
              gaps.push(now - last);
              last = now;
              surface.dispatchEvent(new WheelEvent('wheel', {deltaY: gaps.length % 60 < 30 ? -40 : 40,
                clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true, cancelable: true}));
              if (now - start < 4000) requestAnimationFrame(step); else done(gaps.slice(1));
            }
            requestAnimationFrame(step);
            """;

    private NetworkRenderBenchmark() {
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:7070";
        try (Browser browser = Browser.start()) {
            System.out.printf("%-36s %10s %8s %8s %8s %7s%n", "view", "settled ms", "frames", "p50 ms", "p95 ms", "fps");
            for (String[] view : VIEWS) {
                measure(browser, base, view);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void measure(Browser browser, String base, String[] view) {
        browser.driver().get("about:blank");
        long start = System.nanoTime();
        browser.driver().get(base + "/" + view[1]);
        browser.waiting(120).until(d -> "true".equals(d.findElement(By.id("view-network")).getAttribute("data-settled")));
        double settled = (System.nanoTime() - start) / 1e6;
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        List<Number> gaps = (List<Number>) browser.driver().executeAsyncScript(ZOOM_FRAMES);
        double[] ms = gaps.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        double total = gaps.stream().mapToDouble(Number::doubleValue).sum();
        System.out.printf("%-36s %10.0f %8d %8.1f %8.1f %7.1f%n", view[0], settled, ms.length,
                ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms.length / (total / 1000));
    }
}
