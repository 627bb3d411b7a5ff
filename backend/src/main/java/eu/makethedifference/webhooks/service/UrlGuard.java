package eu.makethedifference.webhooks.service;

import eu.makethedifference.common.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: HTTPS URLs whose host resolves only to public addresses. Loopback, private, link-local
 * (cloud metadata), carrier-grade NAT, multicast and reserved addresses are refused, so a subscription cannot
 * reach into the platform's own network. Hosts named in {@code mtd.webhooks.development-hosts} are exempt.
 * Checked when a subscription is saved and again before every delivery (DNS may change).
 */
@ApplicationScoped
public class UrlGuard {
    @Inject
    AppConfig config;

    /** Why the URL is refused, or empty when deliveries may go there. */
    public Optional<String> refusal(String url) {
        return refusal(url, config.webhooks().developmentHosts().orElse(List.of()));
    }

    static Optional<String> refusal(String url, List<String> developmentHosts) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isEmpty()) {
            return Optional.of("must be an absolute URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must not contain user information or a fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean development = developmentHosts.stream().anyMatch(h -> h.equalsIgnoreCase(host));
        if (development) {
            return scheme.equals("https") || scheme.equals("http") ? Optional.empty() : Optional.of("must use https");
        }
        if (!scheme.equals("https")) {
            return Optional.of("must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("has a host name that does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return Optional.of("resolves to a loopback, private, link-local or reserved address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress()
                || a.isLoopbackAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // this network
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            // ::a.b.c.d (IPv4-compatible) and 64:ff9b::/96 (NAT64) carry an IPv4 address in the last four bytes
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            boolean embedsIpv4 = nat64 || (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0);
            for (int i = 4; embedsIpv4 && i < 12; i++) {
                embedsIpv4 = b[i] == 0;
            }
            if (embedsIpv4) {
                try {
                    return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
