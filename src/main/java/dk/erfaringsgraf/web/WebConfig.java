package dk.erfaringsgraf.web;

import dk.erfaringsgraf.graph.ConsoleLimits;
import java.nio.file.Path;

/**
 * How the explorer is served: address, port (0 picks a free one), a folder to serve the page from instead
 * of the jar's copy (or null), and the console's time limit and row cap.
 */
public record WebConfig(String host, int port, Path webDir, ConsoleLimits console) {

    /** 127.0.0.1 on {@code port}, the page from the jar, default console limits. */
    public static WebConfig local(int port) {
        return new WebConfig("127.0.0.1", port, null, ConsoleLimits.defaults());
    }
}
