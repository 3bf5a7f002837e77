package dk.erfaringsgraf.web;

import dk.erfaringsgraf.ingest.InputException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who may use the explorer besides its own page on this machine: host names a browser may call it by beyond
 * the built-in ones (the bound address, localhost, 127.0.0.1, [::1]), and the access token every request
 * must carry, or null for none (loopback only).
 *
 * @param allowedHosts extra {@code Host} names, each {@code NAME} (any port, e.g. behind a proxy) or
 *     {@code NAME:PORT}, lower case
 * @param token the access token, or null
 */
public record Access(List<String> allowedHosts, String token) {

    /** Letters, digits and {@code -._~}: safe in a URL, a cookie and a header without quoting. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{16,200}");
    private static final Pattern HOST = Pattern.compile("(\\[[0-9a-f:.]+\\]|[a-z0-9._-]+)(:[0-9]{1,5})?");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public Access {
        allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String host : allowedHosts) {
            if (!HOST.matcher(host).matches()) {
                throw new InputException("--allowed-host " + host + ": must be a host name or address, optionally "
                        + "with :PORT (no scheme or path), e.g. analyse.example.dk or 10.0.0.5:7070");
            }
        }
        if (token != null && !TOKEN.matcher(token).matches()) {
            throw new InputException("--token: must be 16 to 200 letters, digits or -._~ (it travels in a URL, a "
                    + "cookie and a header)");
        }
    }

    /** Loopback use: no extra host names, no token. */
    public static Access none() {
        return new Access(List.of(), null);
    }

    /** The same host names with {@code newToken}. */
    public Access withToken(String newToken) {
        return new Access(allowedHosts, newToken);
    }

    /** A fresh token from SecureRandom (32 characters, about 186 bits). */
    public static String generateToken() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "Access[allowedHosts=" + allowedHosts + ", token=" + (token == null ? "none" : "set") + "]";
    }
}
