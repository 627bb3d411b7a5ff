package eu.makethedifference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.client.ApiClient;
import eu.makethedifference.client.ApiException;
import eu.makethedifference.client.ApiResponse;
import eu.makethedifference.client.api.AuthenticationApi;
import eu.makethedifference.client.api.HelpOffersApi;
import eu.makethedifference.client.api.IntegrationClientsApi;
import eu.makethedifference.client.api.ReferralsApi;
import eu.makethedifference.client.api.WebhooksApi;
import eu.makethedifference.client.model.ClientScope;
import eu.makethedifference.client.model.ClientTokenResponse;
import eu.makethedifference.client.model.ConsentForm;
import eu.makethedifference.client.model.ConsentGiver;
import eu.makethedifference.client.model.ConsentPurpose;
import eu.makethedifference.client.model.ConsentRequest;
import eu.makethedifference.client.model.Gender;
import eu.makethedifference.client.model.HelpOffer;
import eu.makethedifference.client.model.HelpOfferKind;
import eu.makethedifference.client.model.Indicator;
import eu.makethedifference.client.model.IntegrationClientRequest;
import eu.makethedifference.client.model.IntegrationClientSecret;
import eu.makethedifference.client.model.LoginRequest;
import eu.makethedifference.client.model.Referral;
import eu.makethedifference.client.model.ReferralRequest;
import eu.makethedifference.client.model.ReferralStatus;
import eu.makethedifference.client.model.SubmitReferralRequest;
import eu.makethedifference.client.model.Urgency;
import eu.makethedifference.client.model.WebhookEventType;
import eu.makethedifference.client.model.WebhookSubscription;
import eu.makethedifference.client.model.WebhookSubscriptionRequest;
import eu.makethedifference.client.model.WebhookSubscriptionSecret;
import eu.makethedifference.common.rest.RateLimitFilter;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.WebhookReceiver;
import eu.makethedifference.webhooks.service.WebhookSender;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * An integration written the way another system would write it: with a Java client that openapi-generator made
 * from {@code openapi/openapi.yaml} (Maven plugin, {@code java} generator, native HTTP client), nothing of ours:
 * a coordinator registers the system and subscribes it to webhooks; the system obtains a token with client
 * credentials, works with referrals and verifies the signed event it receives.
 * If the client cannot express an operation, the contract is what needs fixing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class GeneratedClientTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    RateLimitFilter rateLimit;

    @Inject
    WebhookSender sender;

    private ApiClient client(String accessToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }

    @Test
    void shouldReadTheDirectoryCreateAReferralSafelyAndReceiveItsSignedWebhookWithAGeneratedClient() throws Exception {
        rateLimit.reset();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            scenario(receiver);
        }
    }

    private void scenario(WebhookReceiver receiver) throws Exception {
        // A coordinator registers the case-management system of a youth-welfare office …
        String coordinator = new AuthenticationApi(client(null))
                .login(new LoginRequest().email(Api.COORDINATOR_SI).password(Api.PASSWORD))
                .getAccessToken();
        IntegrationClientSecret registered = new IntegrationClientsApi(client(coordinator))
                .createIntegrationClient(
                        new IntegrationClientRequest()
                                .name("Case management "
                                        + UUID.randomUUID().toString().substring(0, 6))
                                .organisationId(Api.ORG_SI_WELFARE)
                                .scopes(List.of(
                                        ClientScope.DIRECTORY_READ,
                                        ClientScope.REFERRALS_READ,
                                        ClientScope.REFERRALS_WRITE)),
                        UUID.randomUUID().toString());
        // … and subscribes it to status changes of its referrals, delivered to its receiver.
        WebhookSubscriptionSecret subscription = new WebhooksApi(client(coordinator))
                .createWebhookSubscription(
                        registered.getClient().getId(),
                        new WebhookSubscriptionRequest()
                                .url(URI.create(receiver.url("/case-system/events")))
                                .eventTypes(List.of(WebhookEventType.REFERRAL_STATUS_CHANGED)),
                        UUID.randomUUID().toString());
        // … which obtains its own token with the client credentials grant.
        ClientTokenResponse token = new AuthenticationApi(client(null))
                .issueClientToken(
                        "client_credentials", registered.getClient().getId(), registered.getClientSecret(), null);
        assertEquals("directory:read referrals:read referrals:write", token.getScope());
        ApiClient client = client(token.getAccessToken());

        List<HelpOffer> offers = new HelpOffersApi(client)
                .listHelpOffers(true, null, HelpOfferKind.MENTORING_PROGRAMME, null, 0, Api.REGION_SI, 20, null)
                .getItems();
        assertEquals(1, offers.size(), "one mentoring programme per region");

        YearMonth born = YearMonth.now().minusYears(9);
        ReferralRequest draft = new ReferralRequest()
                .targetOfferId(offers.getFirst().getId())
                .firstName("Generated " + UUID.randomUUID().toString().substring(0, 6))
                .birthYear(born.getYear())
                .birthMonth(born.getMonthValue())
                .gender(Gender.FEMALE)
                .area("Maribor")
                .languages(List.of("sl"))
                .indicators(List.of(Indicator.SCHOOL_ABSENCE))
                .urgency(Urgency.ROUTINE);
        ReferralsApi referrals = new ReferralsApi(client);
        String key = UUID.randomUUID().toString();

        ApiResponse<Referral> created = referrals.createReferralWithHttpInfo(draft, key);
        ApiResponse<Referral> retried = referrals.createReferralWithHttpInfo(draft, key);

        assertEquals(201, created.getStatusCode());
        assertNull(created.getHeaders().get("idempotent-replayed"));
        assertEquals(201, retried.getStatusCode());
        assertEquals(List.of("true"), retried.getHeaders().get("idempotent-replayed"));
        UUID id = created.getData().getId();
        assertEquals(id, retried.getData().getId());
        assertEquals(ReferralStatus.DRAFT, referrals.getReferral(id).getStatus());

        ApiException reused = assertThrows(ApiException.class, () -> referrals.createReferral(draft.area("Ptuj"), key));
        assertEquals(422, reused.getCode());
        assertTrue(reused.getResponseBody().contains("idempotency_key_reused"));

        // The guardian's consent is recorded and the referral submitted; the system learns of it by webhook …
        referrals.recordReferralConsent(
                id,
                new ConsentRequest()
                        .givenBy(ConsentGiver.MOTHER)
                        .givenOn(LocalDate.now().minusDays(1))
                        .purposes(List.of(ConsentPurpose.MENTORING))
                        .recipients("The mentoring programme")
                        .form(ConsentForm.WRITTEN)
                        .validUntil(LocalDate.now().plusYears(1)));
        referrals.submitReferral(id, new SubmitReferralRequest());
        sender.deliverDue();
        List<WebhookReceiver.Received> events = receiver.at("/case-system/events");
        assertEquals(1, events.size());
        WebhookReceiver.Received event = events.getFirst();
        // … verified the Standard Webhooks way with the secret it was given …
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(
                Base64.getDecoder().decode(subscription.getSecret().substring("whsec_".length())), "HmacSHA256"));
        byte[] expected =
                mac.doFinal((event.header("webhook-id") + "." + event.header("webhook-timestamp") + "." + event.body())
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("v1," + Base64.getEncoder().encodeToString(expected), event.header("webhook-signature"));
        // … and read with the token: the event names the referral, the details come from the API.
        assertTrue(event.body().contains("\"id\": \"" + id + "\""), event.body());
        assertTrue(event.body().contains("\"status\": \"SUBMITTED\""), event.body());
        assertEquals(ReferralStatus.SUBMITTED, referrals.getReferral(id).getStatus());

        // The receiver goes away: the coordinator switches the subscription off (a conditional update).
        WebhookSubscription off = new WebhooksApi(client(coordinator))
                .updateWebhookSubscription(
                        subscription.getSubscription().getId(),
                        new WebhookSubscriptionRequest()
                                .url(subscription.getSubscription().getUrl())
                                .eventTypes(subscription.getSubscription().getEventTypes())
                                .enabled(false),
                        "\"" + subscription.getSubscription().getVersion() + "\"");
        assertFalse(off.getEnabled());
    }
}
