package eu.makethedifference.agreements;

import static eu.makethedifference.agreements.AgreementFixtures.act;
import static eu.makethedifference.agreements.AgreementFixtures.actOk;
import static eu.makethedifference.agreements.AgreementFixtures.audits;
import static eu.makethedifference.agreements.AgreementFixtures.create;
import static eu.makethedifference.agreements.AgreementFixtures.get;
import static eu.makethedifference.agreements.AgreementFixtures.id;
import static eu.makethedifference.agreements.AgreementFixtures.inStatus;
import static eu.makethedifference.agreements.AgreementFixtures.putParty;
import static eu.makethedifference.agreements.AgreementFixtures.sign;
import static eu.makethedifference.agreements.AgreementFixtures.stored;
import static eu.makethedifference.agreements.AgreementFixtures.uniqueTitle;
import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.agreements.service.AgreementTemplate;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class AgreementLifecycleTest {
    private static final List<String> STATUSES = List.of(
            "DRAFT", "NEGOTIATION", "READY_FOR_SIGNATURE", "SIGNED", "ACTIVE", "UNDER_REVIEW", "RENEWED", "TERMINATED");

    /** action → the statuses it may leave from (the lifecycle of domain.md); "sign" is handled on its own. */
    private static final Map<String, Set<String>> LEGAL = Map.of(
            "submit", Set.of("DRAFT"),
            "ready", Set.of("NEGOTIATION"),
            "reopen", Set.of("READY_FOR_SIGNATURE"),
            "sign", Set.of("READY_FOR_SIGNATURE"),
            "activate", Set.of("SIGNED"),
            "review", Set.of("ACTIVE"),
            "renew", Set.of("UNDER_REVIEW"),
            "terminate", Set.of("ACTIVE", "UNDER_REVIEW"));

    /** One agreement per status, shared by the rows of the transition table (a refused action changes nothing). */
    private static final Map<String, UUID> BY_STATUS = new ConcurrentHashMap<>();

    private static UUID agreementIn(String status) {
        return BY_STATUS.computeIfAbsent(status, s -> inStatus(s, uniqueTitle("Lifecycle table " + s)));
    }

    static Stream<Arguments> illegalTransitions() {
        List<Arguments> rows = new ArrayList<>();
        for (String status : STATUSES) {
            for (String action :
                    List.of("submit", "ready", "reopen", "sign", "activate", "review", "renew", "terminate")) {
                if (!LEGAL.get(action).contains(status)) {
                    rows.add(Arguments.of(status, action));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{1} from {0} is refused")
    @MethodSource("illegalTransitions")
    void shouldRefuseEveryIllegalTransitionAndChangeNothing(String status, String action) {
        UUID id = agreementIn(status);
        Response before = get(Api.COORDINATOR_SI, id);
        var storedBefore = stored(id);
        long auditsBefore = audits("AGREEMENT_" + action.toUpperCase(), id);

        Response refused = "sign".equals(action)
                ? AgreementFixtures.signRefused(
                        Api.ADDICTION_SI,
                        id,
                        Api.ORG_SI_ADDICTION,
                        Math.max(1, before.jsonPath().getInt("currentVersion")))
                : AgreementFixtures.actRefused(Api.COORDINATOR_SI, id, action, "A reason, so only the status decides");

        assertProblem(refused, 409, "illegal_transition");
        Response after = get(Api.COORDINATOR_SI, id);
        assertEquals(status, after.jsonPath().getString("status"));
        assertEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(storedBefore, stored(id));
        assertEquals(auditsBefore, audits("AGREEMENT_" + action.toUpperCase(), id));
    }

    @Test
    void shouldStartAnAgreementFromTheTemplateInTheRegionsLanguage() {
        String title = uniqueTitle("Template SI");
        Response created = create(Api.ADDICTION_SI, title);

        JsonPath json = created.jsonPath();
        assertEquals("DRAFT", json.getString("status"));
        assertEquals(0, json.getInt("currentVersion"));
        assertEquals(title, json.getString("title"));
        assertEquals(Api.REGION_SI.toString(), json.getString("regionId"));
        assertEquals("sl", json.getString("language"));
        assertNotNull(created.header("ETag"));
        assertEquals(
                AgreementFixtures.path(id(created)),
                java.net.URI.create(created.header("Location")).getPath());
        List<AgreementTemplate.TemplateSection> template = AgreementTemplate.sections("sl");
        assertEquals(11, template.size());
        assertEquals(AgreementTemplate.KEYS, json.getList("sections.templateKey"));
        assertEquals(
                template.stream().map(AgreementTemplate.TemplateSection::title).toList(),
                json.getList("sections.title"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), json.getList("sections.position"));
        assertTrue(json.getList("sections.body", String.class).stream().noneMatch(String::isBlank));
        assertEquals(List.of(Api.ORG_SI_ADDICTION.toString()), json.getList("parties.organisationId"));
        assertFalse(json.getBoolean("bridging"));
        assertEquals(1, audits("AGREEMENT_CREATED", id(created)));

        Response german = create(Api.COORDINATOR_DE, uniqueTitle("Template DE"));
        assertEquals("de", german.jsonPath().getString("language"));
        assertEquals(Api.REGION_DE.toString(), german.jsonPath().getString("regionId"));
        assertEquals(
                AgreementTemplate.sections("de").stream()
                        .map(AgreementTemplate.TemplateSection::title)
                        .toList(),
                german.jsonPath().getList("sections.title"));
        assertEquals(List.of(), german.jsonPath().getList("parties"), "a coordinator's agreement starts without party");
        assertFalse(json.getList("sections.title").equals(german.jsonPath().getList("sections.title")));
    }

    @Test
    void shouldCreateVersionOneOnSubmit() {
        UUID id = AgreementFixtures.bridgingDraft(uniqueTitle("Submit"));
        assertEquals(0, AgreementFixtures.versions(id));

        Response submitted = actOk(Api.ADDICTION_SI, id, "submit", "NEGOTIATION");

        assertEquals(1, submitted.jsonPath().getInt("currentVersion"));
        assertEquals(1, AgreementFixtures.versions(id));
        Response versions = Api.as(Api.ADDICTION_SI).get(AgreementFixtures.path(id) + "/versions");
        assertEquals(200, versions.statusCode(), versions.asString());
        assertEquals(List.of(1), versions.jsonPath().getList("number"));
        assertEquals("Negotiation started", versions.jsonPath().getString("[0].reason"));
        assertEquals(1, audits("AGREEMENT_SUBMIT", id));
    }

    @Test
    void shouldWalkEveryLegalTransitionUpToRenewal() {
        String title = uniqueTitle("Legal path");
        UUID id = AgreementFixtures.bridgingDraft(title);
        actOk(Api.ADDICTION_SI, id, "submit", "NEGOTIATION");
        actOk(Api.WELFARE_SI, id, "ready", "READY_FOR_SIGNATURE");
        actOk(Api.COORDINATOR_SI, id, "reopen", "NEGOTIATION");
        Response ready = actOk(Api.ADDICTION_SI, id, "ready", "READY_FOR_SIGNATURE");
        int version = ready.jsonPath().getInt("currentVersion");

        Response first = sign(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, version);
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals("READY_FOR_SIGNATURE", first.jsonPath().getString("status"), "one of two parties signed");
        Response second = sign(Api.WELFARE_SI, id, Api.ORG_SI_WELFARE, version);
        assertEquals(200, second.statusCode(), second.asString());
        assertEquals("SIGNED", second.jsonPath().getString("status"));
        assertEquals(version, second.jsonPath().getInt("signedVersion"));

        actOk(Api.COORDINATOR_SI, id, "activate", "ACTIVE");
        actOk(Api.WELFARE_SI, id, "review", "UNDER_REVIEW");
        Response renewed = actOk(Api.COORDINATOR_SI, id, "renew", "RENEWED");

        String successorId = renewed.jsonPath().getString("successorId");
        assertNotNull(successorId);
        JsonPath old = renewed.jsonPath();
        JsonPath successor = get(Api.ADDICTION_SI, UUID.fromString(successorId)).jsonPath();
        assertEquals("DRAFT", successor.getString("status"));
        assertEquals(0, successor.getInt("currentVersion"));
        assertEquals(title, successor.getString("title"));
        assertEquals(old.getList("sections.title"), successor.getList("sections.title"));
        assertEquals(old.getList("sections.body"), successor.getList("sections.body"));
        assertEquals(old.getList("sections.templateKey"), successor.getList("sections.templateKey"));
        assertEquals(old.getList("parties.organisationId"), successor.getList("parties.organisationId"));
        assertEquals(old.getList("parties.signatoryUserId"), successor.getList("parties.signatoryUserId"));
        assertEquals(old.getList("parties.contactName"), successor.getList("parties.contactName"));
        assertFalse(old.getList("sections.id").stream().anyMatch(successor.getList("sections.id")::contains));
        for (String action : List.of("SUBMIT", "READY", "REOPEN", "ACTIVATE", "REVIEW", "RENEW")) {
            assertTrue(audits("AGREEMENT_" + action, id) >= 1, action + " audited");
        }
        assertEquals(2, audits("AGREEMENT_SIGNED_BY_PARTY", id));
        assertEquals(1, audits("AGREEMENT_BINDING", id));
        assertEquals(1, audits("AGREEMENT_CREATED", UUID.fromString(successorId)));
    }

    @Test
    void shouldTerminateAnActiveOrReviewedAgreementOnlyWithAReason() {
        UUID active = inStatus("ACTIVE", uniqueTitle("Terminate active"));
        UUID reviewed = inStatus("UNDER_REVIEW", uniqueTitle("Terminate reviewed"));

        for (UUID id : List.of(active, reviewed)) {
            String status = get(Api.COORDINATOR_SI, id).jsonPath().getString("status");
            var before = stored(id);
            assertFieldProblem(act(Api.COORDINATOR_SI, id, "terminate"), 400, "validation_failed", "reason");
            assertFieldProblem(act(Api.COORDINATOR_SI, id, "terminate", "   "), 400, "validation_failed", "reason");
            assertEquals(before, stored(id), "nothing changed");
            assertEquals(0, audits("AGREEMENT_TERMINATE", id));

            Response terminated = act(Api.ADDICTION_SI, id, "terminate", "  The service closed.  ");
            assertEquals(200, terminated.statusCode(), terminated.asString());
            assertEquals("TERMINATED", terminated.jsonPath().getString("status"));
            assertEquals("The service closed.", terminated.jsonPath().getString("statusReason"));
            assertNull(terminated.jsonPath().getString("successorId"));
            assertEquals(1, audits("AGREEMENT_TERMINATE", id), status);
        }
    }

    @Test
    void shouldRefuseReadyWhenThePartiesDoNotBridgeTheTwoSystems() {
        // only one party (the drafting addiction counsellor's organisation)
        UUID single = id(create(Api.ADDICTION_SI, uniqueTitle("One party")));
        putParty(Api.ADDICTION_SI, single, Api.ORG_SI_ADDICTION, Api.userId(Api.ADDICTION_SI));
        actOk(Api.ADDICTION_SI, single, "submit", "NEGOTIATION");
        assertNotBridging(single);

        // two youth-welfare parties, no addiction care
        UUID secondWelfare = youthWelfareOrganisation();
        UUID twoWelfare = id(create(Api.COORDINATOR_SI, uniqueTitle("Two welfare")));
        putParty(Api.COORDINATOR_SI, twoWelfare, Api.ORG_SI_WELFARE, Api.userId(Api.WELFARE_SI));
        putParty(Api.COORDINATOR_SI, twoWelfare, secondWelfare, null);
        actOk(Api.COORDINATOR_SI, twoWelfare, "submit", "NEGOTIATION");
        assertFalse(get(Api.COORDINATOR_SI, twoWelfare).jsonPath().getBoolean("bridging"));
        assertNotBridging(twoWelfare);

        // addiction care and a school: still no youth-welfare party
        UUID school = id(create(Api.ADDICTION_SI, uniqueTitle("With school")));
        putParty(Api.ADDICTION_SI, school, AgreementFixtures.ORG_SI_SCHOOL, null);
        actOk(Api.ADDICTION_SI, school, "submit", "NEGOTIATION");
        assertNotBridging(school);

        // adding an addiction-care party makes it bridge
        putParty(Api.COORDINATOR_SI, twoWelfare, Api.ORG_SI_ADDICTION, Api.userId(Api.ADDICTION_SI));
        assertTrue(get(Api.COORDINATOR_SI, twoWelfare).jsonPath().getBoolean("bridging"));
        // ... but the new youth-welfare organisation still has no signatory
        assertProblem(
                AgreementFixtures.actRefused(Api.COORDINATOR_SI, twoWelfare, "ready", null), 409, "signatory_missing");
    }

    @Test
    void shouldRefuseReadyWhenAPartyHasNoSignatory() {
        UUID id = id(create(Api.ADDICTION_SI, uniqueTitle("No signatory")));
        putParty(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, Api.userId(Api.ADDICTION_SI));
        putParty(Api.ADDICTION_SI, id, Api.ORG_SI_WELFARE, null);
        actOk(Api.ADDICTION_SI, id, "submit", "NEGOTIATION");
        assertTrue(get(Api.ADDICTION_SI, id).jsonPath().getBoolean("bridging"));
        var before = stored(id);

        assertProblem(AgreementFixtures.actRefused(Api.ADDICTION_SI, id, "ready", null), 409, "signatory_missing");

        assertEquals(before, stored(id));
        assertEquals("NEGOTIATION", get(Api.ADDICTION_SI, id).jsonPath().getString("status"));
        assertEquals(0, audits("AGREEMENT_READY", id));
        putParty(Api.ADDICTION_SI, id, Api.ORG_SI_WELFARE, Api.userId(Api.WELFARE_SI));
        actOk(Api.ADDICTION_SI, id, "ready", "READY_FOR_SIGNATURE");
    }

    private static void assertNotBridging(UUID id) {
        var before = stored(id);
        assertProblem(
                AgreementFixtures.actRefused(Api.COORDINATOR_SI, id, "ready", null), 409, "agreement_not_bridging");
        assertEquals(before, stored(id), "nothing changed");
        assertEquals("NEGOTIATION", get(Api.COORDINATOR_SI, id).jsonPath().getString("status"));
        assertEquals(0, audits("AGREEMENT_READY", id));
    }

    /** A second youth-welfare organisation in Slovenia (the demo has one). */
    private static UUID youthWelfareOrganisation() {
        Response org = Api.as(Api.ADMIN)
                .body(Map.of(
                        "regionId",
                        Api.REGION_SI.toString(),
                        "name",
                        uniqueTitle("Mladinski center"),
                        "helpSystem",
                        "YOUTH_WELFARE",
                        "city",
                        "Ptuj"))
                .post("/api/v1/organisations");
        assertEquals(201, org.statusCode(), org.asString());
        return UUID.fromString(org.jsonPath().getString("id"));
    }
}
