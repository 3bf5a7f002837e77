package dk.erfaringsgraf.web;

import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.ingest.InputException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * How the explorer is served: address, port (0 picks a free one), a folder to serve the page from instead
 * of the jar's copy (or null), the console's time limit and row cap, and who may use it besides the page on
 * this machine. An address other than loopback needs an access token.
 */
public record WebConfig(String host, int port, Path webDir, ConsoleLimits console, Access access) {

    public WebConfig {
        if (access == null) {
            access = Access.none();
        }
        if (!loopback(host) && access.token() == null) {
            throw new InputException("--host " + host + ": serving beyond this machine needs an access token "
                    + "(--token, or the one serve generates)");
        }
    }

    /** Without a token or extra host names (loopback only). */
    public WebConfig(String host, int port, Path webDir, ConsoleLimits console) {
        this(host, port, webDir, console, Access.none());
    }

    /** 127.0.0.1 on {@code port}, the page from the jar, default console limits, no token. */
    public static WebConfig local(int port) {
        return new WebConfig("127.0.0.1", port, null, ConsoleLimits.defaults(), Access.none());
    }

    /** Whether {@code host} is a loopback address (127.0.0.0/8, ::1, or a name resolving to one). */
    public static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
