package eu.makethedifference.webhooks.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlGuardAndSignatureTest {
    @Test
    void shouldSignLikeTheStandardWebhooksReferenceVector() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookCrypto.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L,
                        "{\"test\": 2432232314}"));
    }

    @Test
    void shouldRefuseLoopbackPrivateLinkLocalAndReservedAddressesWithoutADevelopmentSetting() {
        for (String url : List.of(
                "https://127.0.0.1/hook",
                "https://127.1.2.3/hook",
                "https://localhost/hook",
                "https://10.0.0.1/hook",
                "https://172.31.255.255/hook",
                "https://192.168.1.1/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.100.100.200/hook",
                "https://0.0.0.0/hook",
                "https://198.18.0.1/hook",
                "https://224.0.0.1/hook",
                "https://255.255.255.255/hook",
                "https://[::1]/hook",
                "https://[::]/hook",
                "https://[fc00::1]/hook",
                "https://[fe80::1]/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "https://[64:ff9b::a00:1]/hook",
                "http://203.0.113.7/hook",
                "https://user@203.0.113.7/hook",
                "https://203.0.113.7/hook#part",
                "/relative")) {
            assertTrue(UrlGuard.refusal(url, List.of()).isPresent(), url);
        }
        assertEquals(
                "must use https",
                UrlGuard.refusal("http://127.0.0.1:9/hook", List.of("localhost"))
                        .orElseThrow());
        assertTrue(UrlGuard.refusal("http://127.0.0.1:9/hook", List.of("127.0.0.1"))
                .isEmpty());
        assertTrue(UrlGuard.refusal("https://203.0.113.7/hook?x=1", List.of()).isEmpty());
        assertTrue(UrlGuard.refusal("https://[2001:db8::1]/hook", List.of()).isEmpty());
    }

    @Test
    void shouldTreatOnlyPublicAddressesAsPublic() throws Exception {
        assertTrue(UrlGuard.isPublic(InetAddress.getByName("8.8.8.8")));
        assertTrue(UrlGuard.isPublic(InetAddress.getByName("100.128.0.1")));
        assertFalse(UrlGuard.isPublic(InetAddress.getByName("100.64.0.1")));
        assertFalse(UrlGuard.isPublic(InetAddress.getByName("192.0.0.8")));
    }

    @Test
    void shouldDoubleTheWaitUpToTheMaximum() {
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(2);
        assertEquals(Duration.ofSeconds(30), WebhookSender.backoff(1, first, max));
        assertEquals(Duration.ofSeconds(60), WebhookSender.backoff(2, first, max));
        assertEquals(Duration.ofMinutes(8), WebhookSender.backoff(5, first, max));
        assertEquals(max, WebhookSender.backoff(12, first, max));
        assertEquals(max, WebhookSender.backoff(400, first, max));
    }
}
