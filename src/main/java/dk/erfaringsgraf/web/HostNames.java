package dk.erfaringsgraf.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a browser may call the explorer by, checked against every request's {@code Host} header so that a
 * page of another site whose name is made to resolve to this machine (DNS rebinding) is refused: localhost,
 * 127.0.0.1 and [::1], the bound address (every address of this machine and its host name when bound to all,
 * 0.0.0.0 or ::), each with the served port; and the configured extra names, with any port or the one given.
 */
final class HostNames {

    private final Set<String> local;
    private final List<String> extra;

    private HostNames(Set<String> local, List<String> extra) {
        this.local = local;
        this.extra = extra;
    }

    /** The names for a server bound to {@code bindHost}, with {@code allowed} (NAME or NAME:PORT) added. */
    static HostNames of(String bindHost, List<String> allowed) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        String bound = bindHost.toLowerCase(Locale.ROOT);
        if (wildcard(bound)) {
            names.addAll(machineNames());
        } else {
            names.add(bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound);
        }
        return new HostNames(Collections.unmodifiableSet(names), List.copyOf(allowed));
    }

    private static boolean wildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Every address of this machine's interfaces, and its host name, as a Host header spells them. */
    private static Set<String> machineNames() {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    String literal = address.getHostAddress().replaceFirst("%.*$", "").toLowerCase(Locale.ROOT);
                    names.add(literal.contains(":") ? "[" + literal + "]" : literal);
                }
            }
            names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
        } catch (SocketException | UnknownHostException e) {
            // the loopback names and --allowed-host still apply
        }
        return names;
    }

    /** Whether {@code hostHeader} names this server on {@code port} (the port the request came in on). */
    boolean allows(String hostHeader, int port) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        boolean hasPort = colon > host.lastIndexOf(']');
        String name = hasPort ? host.substring(0, colon) : host;
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String givenPort = hasPort ? host.substring(colon + 1) : "80";
        if (local.contains(name) && givenPort.equals(String.valueOf(port))) {
            return true;
        }
        return extra.contains(name) || extra.contains(name + ":" + givenPort);
    }
}
