package eu.makethedifference;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import eu.makethedifference.client.model.ClientScope;
import eu.makethedifference.client.model.ClientTokenResponse;
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
import eu.makethedifference.client.model.Urgency;
import eu.makethedifference.common.rest.RateLimitFilter;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An integration written the way another system would write it: with a Java client that openapi-generator made
 * from {@code openapi/openapi.yaml} (Maven plugin, {@code java} generator, native HTTP client), nothing of ours:
 * a coordinator registers the system, which obtains a token with client credentials and works with referrals.
 * If the client cannot express an operation, the contract is what needs fixing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class GeneratedClientTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    RateLimitFilter rateLimit;

    private ApiClient client(String accessToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }

    @Test
    void shouldReadTheDirectoryAndCreateAReferralSafelyWithAGeneratedClient() throws Exception {
        rateLimit.reset();
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
    }
}
