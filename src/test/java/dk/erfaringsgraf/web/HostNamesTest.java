package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.ingest.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Host headers, content types and configurations the access rules accept, without a server. */
class HostNamesTest {

    private final HostNames loopback = HostNames.of("127.0.0.1", List.of());

    @Test
    void loopbackNamesAnswerOnTheServedPortOnly() {
        for (String host : List.of("127.0.0.1:7070", "localhost:7070", "LOCALHOST:7070", "localhost.:7070", "[::1]:7070")) {
            assertTrue(loopback.allows(host, 7070), host);
        }
        for (String host : List.of("localhost:7071", "localhost", "evil.example:7070", "127.0.0.1.nip.io:7070",
                "attacker.test", "", "[::2]:7070", "127.0.0.2:7070")) {
            assertFalse(loopback.allows(host, 7070), host);
        }
        assertFalse(loopback.allows(null, 7070));
        assertTrue(loopback.allows("localhost", 80));
    }

    @Test
    void configuredNamesAnswerOnAnyPortOrTheirOwn() {
        HostNames hosts = HostNames.of("127.0.0.1", List.of("analyse.example.dk", "proxy.example.dk:443"));
        assertTrue(hosts.allows("analyse.example.dk:7070", 7070));
        assertTrue(hosts.allows("analyse.example.dk", 7070));
        assertTrue(hosts.allows("proxy.example.dk:443", 7070));
        assertFalse(hosts.allows("proxy.example.dk:8443", 7070));
        assertFalse(hosts.allows("example.dk:7070", 7070));
    }

    @Test
    void aBoundAddressIsItsOwnName() {
        HostNames hosts = HostNames.of("127.0.0.5", List.of());
        assertTrue(hosts.allows("127.0.0.5:7070", 7070));
        assertTrue(hosts.allows("localhost:7070", 7070));
    }

    @Test
    void onlyJsonBodiesPass() {
        assertTrue(AccessGuard.json("application/json"));
        assertTrue(AccessGuard.json("Application/JSON; charset=utf-8"));
        for (String type : new String[] {null, "text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonp", "application/json-seq"}) {
            assertFalse(AccessGuard.json(type), type);
        }
    }

    @Test
    void anotherAddressNeedsAToken() {
        InputException e = assertThrows(InputException.class,
                () -> new WebConfig("0.0.0.0", 7070, null, ConsoleLimits.defaults(), Access.none()));
        assertTrue(e.getMessage().startsWith("--host 0.0.0.0: serving beyond this machine needs an access token"), e.getMessage());
        String token = Access.generateToken();
        assertEquals(32, token.length());
        assertEquals("0.0.0.0", new WebConfig("0.0.0.0", 7070, null, ConsoleLimits.defaults(), Access.none().withToken(token)).host());
        assertThrows(InputException.class, () -> new Access(List.of(), "short"));
        assertThrows(InputException.class, () -> new Access(List.of("http://x.dk/"), null));
        assertFalse(new Access(List.of(), token).toString().contains(token));
    }
}
