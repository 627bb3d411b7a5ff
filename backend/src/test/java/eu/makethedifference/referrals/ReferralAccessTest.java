package eu.makethedifference.referrals;

import static eu.makethedifference.referrals.ReferralFixtures.REFERRALS;
import static eu.makethedifference.referrals.ReferralFixtures.SI_GROUP;
import static eu.makethedifference.referrals.ReferralFixtures.act;
import static eu.makethedifference.referrals.ReferralFixtures.consent;
import static eu.makethedifference.referrals.ReferralFixtures.get;
import static eu.makethedifference.referrals.ReferralFixtures.ok;
import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.support.Problems.withoutInstance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.referrals.rest.ReferralDtos;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferralAccessTest {
    private static final String TRAINER = ReferralFixtures.TRAINER_SI;

    private static Set<UUID> listed(String caller, String... query) {
        var request = Api.as(caller).queryParam("size", 100);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return ReferralFixtures.page(ok(request.get(REFERRALS))).items().stream()
                .map(ReferralDtos.Summary::id)
                .collect(Collectors.toSet());
    }

    private static void assertHidden(String caller, UUID id, Response unknown) {
        Response r = get(caller, id);
        assertProblem(r, 404, "not_found");
        assertEquals(withoutInstance(unknown), withoutInstance(r), "same answer as for an id that does not exist");
    }

    @Test
    @Order(1)
    void shouldShowAReferralOnlyToTheReferringOrganisationTheReceiverOnceSubmittedAndTheRegionsCoordinators() {
        UUID id = ReferralFixtures.create(Api.WELFARE_SI, SI_GROUP);
        Response unknown = get(Api.WELFARE_SI, UUID.randomUUID());
        assertProblem(unknown, 404, "not_found");

        ok(get(Api.WELFARE_SI, id));
        ok(get(Api.COORDINATOR_SI, id));
        for (String outsider :
                List.of(Api.ADDICTION_SI, TRAINER, Api.COORDINATOR_DE, Api.WELFARE_DE, Api.MENTOR_SI, Api.ADMIN)) {
            assertHidden(outsider, id, unknown);
        }
        assertTrue(listed(Api.WELFARE_SI).contains(id));
        assertTrue(listed(Api.COORDINATOR_SI).contains(id));
        assertFalse(listed(Api.ADDICTION_SI).contains(id), "a draft is not yet the receiver's");
        assertFalse(listed(Api.COORDINATOR_DE).contains(id));
        assertProblem(Api.responseOnly(Api.MENTOR_SI).get(REFERRALS), 403, "forbidden");
        assertProblem(Api.responseOnly(Api.ADMIN).get(REFERRALS), 403, "forbidden");

        ok(Api.as(Api.WELFARE_SI).body(consent("HELP_OFFER")).put(REFERRALS + "/" + id + "/consent"));
        ok(act(Api.WELFARE_SI, id, "submit"));
        ok(get(Api.ADDICTION_SI, id));
        assertTrue(listed(Api.ADDICTION_SI, "side", "RECEIVED").contains(id));
        assertFalse(listed(Api.ADDICTION_SI, "side", "SENT").contains(id));
        assertTrue(listed(Api.WELFARE_SI, "side", "SENT").contains(id));
        for (String outsider : List.of(TRAINER, Api.COORDINATOR_DE, Api.WELFARE_DE, Api.MENTOR_SI, Api.ADMIN)) {
            assertHidden(outsider, id, unknown);
            int expected = outsider.equals(Api.MENTOR_SI) || outsider.equals(Api.ADMIN) ? 403 : 404;
            assertEquals(
                    expected,
                    Api.raw(outsider)
                            .post(REFERRALS + "/" + id + "/consent/withdrawal")
                            .statusCode(),
                    "mentors and ADMIN may not write referrals at all; others learn nothing about the id");
        }
        assertEquals(404, act(TRAINER, id, "accept").statusCode());
        assertEquals(404, act(Api.COORDINATOR_DE, id, "accept").statusCode());
        assertEquals("SUBMITTED", ReferralFixtures.status(id));
        // the mentor asked twice (as a draft and once submitted): two denied attempts on record
        Db.awaitCount(
                2,
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and object_type = 'REFERRAL' and outcome = 'DENIED' and object_id = ? and actor_id = ?",
                id.toString(),
                Api.userId(Api.MENTOR_SI));
    }

    @Test
    @Order(2)
    void shouldAuditEveryReadAndEveryListedReferral() {
        UUID id = ReferralFixtures.submitted(SI_GROUP);
        String reads = "select count(*) from audit_event where action = 'REFERRAL_READ' and object_id = ?"
                + " and actor_id = ? and region_id = ? and outcome = 'ALLOWED'";
        ok(get(Api.ADDICTION_SI, id));
        ok(get(Api.ADDICTION_SI, id));
        assertEquals(2, Db.count(reads, id.toString(), Api.userId(Api.ADDICTION_SI), Api.REGION_SI));

        long listedBefore = Db.count(
                "select count(*) from audit_event where action = 'REFERRAL_LISTED' and actor_id = ?",
                Api.userId(Api.COORDINATOR_SI));
        ReferralDtos.Page page = ReferralFixtures.page(
                ok(Api.as(Api.COORDINATOR_SI).queryParam("size", 7).get(REFERRALS)));
        assertEquals(
                listedBefore + page.items().size(),
                Db.count(
                        "select count(*) from audit_event where action = 'REFERRAL_LISTED' and actor_id = ?",
                        Api.userId(Api.COORDINATOR_SI)));

        assertEquals(
                0,
                Db.count(
                        "select count(*) from audit_event where object_type = 'REFERRAL' and (detail ilike '%zar%' or object_id ilike '%zar%')"));
    }

    @Test
    @Order(3)
    void shouldExportEverythingAboutTheChildForCoordinatorsOnly() {
        UUID id = ReferralFixtures.submitted(SI_GROUP);
        assertProblem(Api.responseOnly(Api.WELFARE_SI).get(REFERRALS + "/" + id + "/export"), 403, "forbidden");
        assertProblem(Api.responseOnly(Api.COORDINATOR_DE).get(REFERRALS + "/" + id + "/export"), 404, "not_found");
        Response export = ok(Api.as(Api.COORDINATOR_SI).get(REFERRALS + "/" + id + "/export"));
        JsonPath json = export.jsonPath();
        assertEquals(id.toString(), json.getString("referral.id"));
        assertNotNull(json.getString("referral.child.firstName"));
        assertNotNull(json.getString("referral.consent.givenBy"));
        assertNotNull(json.getString("exportedAt"));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'REFERRAL_EXPORTED' and object_id = ?",
                        id.toString()));
    }

    /** Runs last in this class: the names every referral fixture used never reach the application log. */
    @Test
    @Order(100)
    void shouldKeepChildrensNamesOutOfTheLog() throws IOException {
        ReferralFixtures.submitted(SI_GROUP);
        Path log = Path.of("target", "quarkus-test.log");
        assertTrue(Files.exists(log), "the test profile writes the application log to " + log);
        String text = Files.readString(log);
        assertFalse(ReferralFixtures.NAMES.isEmpty());
        for (String name : ReferralFixtures.NAMES) {
            assertFalse(text.contains(name), "the log contains the child's name " + name);
        }
    }
}
