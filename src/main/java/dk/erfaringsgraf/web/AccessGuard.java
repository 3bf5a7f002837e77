package dk.erfaringsgraf.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Runs before every request, page and API alike, so that only the explorer's own page can use it: the
 * security headers on every answer, then 421 for a {@code Host} it is not called by (DNS rebinding), 401
 * without the access token when one is set, and 415 for a body that is not JSON (a cross-site "simple"
 * request, e.g. a form or text/plain POST, which browsers send without asking first).
 */
final class AccessGuard {

    /** The page loads only its own files: D3 comes from the webjar, styles are set through the CSSOM. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final HostNames hosts;
    private final String token;

    AccessGuard(HostNames hosts, String token) {
        this.hosts = hosts;
        this.token = token;
    }

    void check(Context ctx) {
        headers(ctx);
        if (!hosts.allows(ctx.header("Host"), ctx.req().getLocalPort())) {
            // The names it does answer to are not listed: a rebinding page could read them.
            throw new ApiException(421, "wrong_host", "This server does not answer to the host name "
                    + ctx.header("Host") + " (serve --allowed-host NAME adds one)", "Host", null);
        }
        if (token != null && !tokenGiven(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "This server needs its access token: open the address "
                    + "printed at start (http://…/?token=…), or send the header Authorization: Bearer <token>",
                    "token", null);
        }
        if (WITH_BODY.contains(ctx.method().name()) && !json(ctx.header("Content-Type"))) {
            throw new ApiException(415, "unsupported_media_type", "Request bodies must be application/json, not "
                    + (ctx.header("Content-Type") == null ? "none" : ctx.header("Content-Type")), "Content-Type", null);
        }
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /**
     * Whether the request carries the token: the Authorization header (curl, scripts), the session cookie
     * (the page), or {@code ?token=} on a page address, which sets the cookie and sends the browser on to the
     * same address without the token, so it leaves the address bar and is never sent again in a URL.
     */
    private boolean tokenGiven(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && same(header.substring(7).strip())) {
            return true;
        }
        if (same(ctx.cookie(cookieName(ctx)))) {
            return true;
        }
        if (!ctx.path().startsWith("/api/") && "GET".equals(ctx.method().name()) && same(ctx.queryParam("token"))) {
            Cookie cookie = new Cookie(cookieName(ctx), token);
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.STRICT);
            cookie.setPath("/");
            ctx.cookie(cookie);
            ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return true;
        }
        return false;
    }

    /** Per port, since cookies are shared by every port of a host. */
    private static String cookieName(Context ctx) {
        return "erfaringsgraf-token-" + ctx.req().getLocalPort();
    }

    private boolean same(String given) {
        // constant time, so the answer's timing does not tell how much of a guess was right
        return given != null
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** application/json, with or without parameters (charset), in any case. */
    static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json");
    }
}
