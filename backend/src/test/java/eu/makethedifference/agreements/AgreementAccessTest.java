package eu.makethedifference.agreements;

import static eu.makethedifference.agreements.AgreementFixtures.AGREEMENTS;
import static eu.makethedifference.agreements.AgreementFixtures.etag;
import static eu.makethedifference.agreements.AgreementFixtures.get;
import static eu.makethedifference.agreements.AgreementFixtures.path;
import static eu.makethedifference.agreements.AgreementFixtures.stored;
import static eu.makethedifference.agreements.AgreementFixtures.uniqueTitle;
import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.Problems;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class AgreementAccessTest {

    private static long agreementsTitled(String title) {
        return Db.count("select count(*) from agreement where title = ?", title);
    }

    /** Every agreement the caller may list (all pages). */
    private static List<Map<String, Object>> listAll(Supplier<RequestSpecification> caller, Map<String, ?> filter) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Response r = caller.get()
                    .queryParams(filter)
                    .queryParam("size", 100)
                    .queryParam("page", page)
                    .get(AGREEMENTS);
            assertEquals(200, r.statusCode(), r.asString());
            List<Map<String, Object>> pageItems = r.jsonPath().getList("items");
            items.addAll(pageItems);
            if (pageItems.size() < 100) {
                assertEquals(items.size(), r.jsonPath().getLong("total"));
                return items;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> partiesOf(Map<String, Object> summary) {
        return ((List<Map<String, Object>>) summary.get("parties"))
                .stream().map(p -> (String) p.get("organisationId")).toList();
    }

    @Test
    void shouldLetTheRegionsCoordinatorAndThePartiesMembersRead() {
        UUID id = AgreementFixtures.bridgingDraft(uniqueTitle("Readers"));

        for (String reader : List.of(Api.COORDINATOR_SI, Api.ADDICTION_SI, Api.WELFARE_SI)) {
            assertEquals(id.toString(), get(reader, id).jsonPath().getString("id"), reader);
            Response versions = Api.as(reader).get(path(id) + "/versions");
            assertEquals(200, versions.statusCode(), reader + ": " + versions.asString());
            Response commitments = Api.as(reader).get(path(id) + "/commitments");
            assertEquals(200, commitments.statusCode(), reader + ": " + commitments.asString());
        }
        Response member = AgreementFixtures.asSecondAddictionProfessional().get(path(id));
        assertEquals(200, member.statusCode(), "another member of a party organisation: " + member.asString());
    }

    @Test
    void shouldHideAnAgreementFromNonPartiesAndOtherRegionsLikeAMissingOne() {
        UUID id = AgreementFixtures.inNegotiation(uniqueTitle("Hidden"));
        Response missing = Api.as(Api.WELFARE_DE).get(path(UUID.randomUUID()));
        assertProblem(missing, 404, "not_found");

        List<Response> hidden = List.of(
                AgreementFixtures.asSchoolProfessional().get(path(id)),
                Api.as(Api.WELFARE_DE).get(path(id)),
                Api.as(Api.COORDINATOR_DE).get(path(id)),
                Api.as(AgreementFixtures.ADDICTION_DE).get(path(id)),
                Api.as(Api.COORDINATOR_DE).get(path(id) + "/versions"),
                Api.as(Api.COORDINATOR_DE).get(path(id) + "/versions/1"),
                Api.as(Api.COORDINATOR_DE).get(path(id) + "/commitments"),
                Api.as(Api.WELFARE_DE).get(path(id) + "/activities"),
                AgreementFixtures.asSchoolProfessional().get(path(id) + "/versions/1"));
        for (Response r : hidden) {
            assertProblem(r, 404, "not_found");
            assertEquals(Problems.withoutInstance(missing), Problems.withoutInstance(r));
        }

        // writes too: nothing changes and the answer is the same 404
        var before = stored(id);
        String etag = etag(Api.COORDINATOR_SI, id);
        List<Response> writes = List.of(
                Api.as(Api.COORDINATOR_DE)
                        .header("If-Match", etag)
                        .body(Map.of("title", "Taken over", "referralResponseDays", 5))
                        .put(path(id)),
                AgreementFixtures.asSchoolProfessional()
                        .header("If-Match", etag)
                        .body(Map.of("title", "Added", "body", "By a stranger"))
                        .post(path(id) + "/sections"),
                Api.as(Api.WELFARE_DE).body(Map.of()).post(path(id) + "/ready"),
                Api.as(Api.WELFARE_DE)
                        .body(Map.of("organisationId", Api.ORG_DE_WELFARE.toString(), "versionNumber", 1))
                        .post(path(id) + "/sign"));
        for (Response r : writes) {
            assertProblem(r, 404, "not_found");
            assertEquals(Problems.withoutInstance(missing), Problems.withoutInstance(r));
        }
        assertEquals(before, stored(id));
        // every denied attempt is audited: welfare.de read it, its activities, tried ready and sign
        Db.awaitCount(
                4,
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and outcome = 'DENIED'"
                        + " and object_type = 'AGREEMENT' and object_id = ? and actor_id = ?",
                id.toString(),
                Api.userId(Api.WELFARE_DE));
    }

    @Test
    void shouldForbidAdminsAndMentorsTheAgreements() {
        UUID id = AgreementFixtures.bridgingDraft(uniqueTitle("Roles"));
        String title = uniqueTitle("By admin or mentor");

        for (String caller : List.of(Api.ADMIN, Api.MENTOR_SI)) {
            assertProblem(Api.as(caller).get(AGREEMENTS), 403, "forbidden");
            assertProblem(Api.as(caller).get(path(id)), 403, "forbidden");
            assertProblem(Api.as(caller).get(path(id) + "/versions"), 403, "forbidden");
            assertProblem(
                    Api.as(caller)
                            .body(Map.of("regionId", Api.REGION_SI.toString(), "title", title))
                            .post(AGREEMENTS),
                    403,
                    "forbidden");
        }
        assertEquals(0, agreementsTitled(title));
    }

    @Test
    void shouldScopeTheListToTheCallersRegionOrOrganisation() {
        UUID si = AgreementFixtures.bridgingDraft(uniqueTitle("Scope SI"));
        UUID de = AgreementFixtures.id(AgreementFixtures.create(Api.WELFARE_DE, uniqueTitle("Scope DE")));

        List<Map<String, Object>> coordinatorDe = listAll(() -> Api.as(Api.COORDINATOR_DE), Map.of());
        assertTrue(coordinatorDe.stream().allMatch(a -> Api.REGION_DE.toString().equals(a.get("regionId"))));
        assertEquals(
                Db.count("select count(*) from agreement where region_id = ?", Api.REGION_DE), coordinatorDe.size());
        assertTrue(coordinatorDe.stream().anyMatch(a -> de.toString().equals(a.get("id"))));
        assertFalse(coordinatorDe.stream().anyMatch(a -> si.toString().equals(a.get("id"))));
        assertEquals(
                List.of(),
                listAll(() -> Api.as(Api.COORDINATOR_DE), Map.of("regionId", Api.REGION_SI.toString())),
                "a region filter does not widen the scope");

        List<Map<String, Object>> coordinatorSi = listAll(() -> Api.as(Api.COORDINATOR_SI), Map.of());
        assertEquals(
                Db.count("select count(*) from agreement where region_id = ?", Api.REGION_SI), coordinatorSi.size());

        List<Map<String, Object>> welfareDe = listAll(() -> Api.as(Api.WELFARE_DE), Map.of());
        assertEquals(
                Db.count("select count(*) from agreement_party where organisation_id = ?", Api.ORG_DE_WELFARE),
                welfareDe.size());
        assertTrue(welfareDe.stream().allMatch(a -> partiesOf(a).contains(Api.ORG_DE_WELFARE.toString())));
        assertTrue(welfareDe.stream().anyMatch(a -> de.toString().equals(a.get("id"))));

        List<Map<String, Object>> school = listAll(AgreementFixtures::asSchoolProfessional, Map.of());
        assertEquals(
                Db.count(
                        "select count(*) from agreement_party where organisation_id = ?",
                        AgreementFixtures.ORG_SI_SCHOOL),
                school.size());
        assertFalse(school.stream().anyMatch(a -> si.toString().equals(a.get("id"))));

        List<Map<String, Object>> negotiating = listAll(() -> Api.as(Api.WELFARE_SI), Map.of("status", "NEGOTIATION"));
        assertFalse(negotiating.isEmpty(), "the demo agreement in negotiation");
        assertTrue(negotiating.stream().allMatch(a -> "NEGOTIATION".equals(a.get("status"))));
        List<Map<String, Object>> withWelfare =
                listAll(() -> Api.as(Api.COORDINATOR_SI), Map.of("organisationId", Api.ORG_SI_WELFARE.toString()));
        assertTrue(withWelfare.stream().allMatch(a -> partiesOf(a).contains(Api.ORG_SI_WELFARE.toString())));
        assertTrue(withWelfare.stream().anyMatch(a -> si.toString().equals(a.get("id"))));
    }

    @Test
    void shouldRefuseACoordinatorCreatingInAnotherRegion() {
        String title = uniqueTitle("Foreign region");

        assertFieldProblem(
                Api.as(Api.COORDINATOR_SI)
                        .body(Map.of("regionId", Api.REGION_DE.toString(), "title", title))
                        .post(AGREEMENTS),
                400,
                "validation_failed",
                "regionId");
        assertFieldProblem(
                Api.as(Api.WELFARE_SI)
                        .body(Map.of("regionId", Api.REGION_DE.toString(), "title", title))
                        .post(AGREEMENTS),
                400,
                "validation_failed",
                "regionId");
        assertFieldProblem(
                Api.as(Api.COORDINATOR_SI)
                        .body(Map.of("regionId", UUID.randomUUID().toString(), "title", title))
                        .post(AGREEMENTS),
                400,
                "validation_failed",
                "regionId");

        assertEquals(0, agreementsTitled(title));
    }

    @Test
    void shouldNotLetAProfessionalRemoveTheirOwnParty() {
        UUID id = AgreementFixtures.inNegotiation(uniqueTitle("Own party"));
        var before = stored(id);

        assertProblem(
                AgreementFixtures.conflicting(Api.ADDICTION_SI)
                        .header("If-Match", etag(Api.ADDICTION_SI, id))
                        .delete(path(id) + "/parties/" + Api.ORG_SI_ADDICTION),
                409,
                "cannot_remove_own_party");

        assertEquals(before, stored(id));
        Response removedByOther = Api.as(Api.WELFARE_SI)
                .header("If-Match", etag(Api.WELFARE_SI, id))
                .delete(path(id) + "/parties/" + Api.ORG_SI_ADDICTION);
        assertEquals(200, removedByOther.statusCode(), removedByOther.asString());
        assertEquals(
                List.of(Api.ORG_SI_WELFARE.toString()),
                removedByOther.jsonPath().getList("parties.organisationId"));
        assertEquals(
                "Party removed: Svetovalni center za odvisnosti Podravje",
                Api.as(Api.WELFARE_SI).get(path(id) + "/versions").jsonPath().getString("[0].reason"));
        assertProblem(Api.as(Api.ADDICTION_SI).get(path(id)), 404, "not_found");
    }

    @Test
    void shouldRequireAnActiveProfessionalOrCoordinatorOfThePartyAsSignatory() {
        UUID id = AgreementFixtures.id(AgreementFixtures.create(Api.COORDINATOR_SI, uniqueTitle("Signatory")));
        var before = stored(id);
        String etag = etag(Api.COORDINATOR_SI, id);

        for (UUID signatory : List.of(
                Api.userId(Api.ADDICTION_SI), // of another organisation
                Api.userId(Api.COORDINATOR_SI), // no organisation
                Api.userId(Api.MENTOR_SI), // a mentor
                Api.userId(Api.WELFARE_DE), // another region
                UUID.randomUUID())) {
            assertFieldProblem(
                    Api.as(Api.COORDINATOR_SI)
                            .header("If-Match", etag)
                            .body(AgreementFixtures.party("Contact", signatory))
                            .put(path(id) + "/parties/" + Api.ORG_SI_WELFARE),
                    400,
                    "validation_failed",
                    "signatoryUserId");
        }
        assertFieldProblem(
                Api.as(Api.COORDINATOR_SI)
                        .header("If-Match", etag)
                        .body(AgreementFixtures.party("Contact", Api.userId(Api.WELFARE_DE)))
                        .put(path(id) + "/parties/" + Api.ORG_DE_WELFARE),
                400,
                "validation_failed",
                "organisationId");

        assertEquals(before, stored(id));
        Response ok = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", etag)
                .body(AgreementFixtures.party("Luka Horvat", Api.userId(Api.WELFARE_SI)))
                .put(path(id) + "/parties/" + Api.ORG_SI_WELFARE);
        assertEquals(200, ok.statusCode(), ok.asString());
        assertEquals("Luka Horvat", ok.jsonPath().getString("parties[0].signatoryName"));
    }

    @Test
    void shouldListOrganisationMembersByNameOnlyForVisibleOrganisations() {
        Response members = Api.as(Api.ADDICTION_SI).get("/api/v1/organisations/" + Api.ORG_SI_WELFARE + "/members");

        assertEquals(200, members.statusCode(), members.asString());
        List<Map<String, Object>> list = members.jsonPath().getList("$");
        assertTrue(list.stream()
                .anyMatch(m -> Api.userId(Api.WELFARE_SI).toString().equals(m.get("id"))
                        && "Luka Horvat".equals(m.get("displayName"))
                        && "PROFESSIONAL".equals(m.get("role"))));
        for (Map<String, Object> m : list) {
            assertEquals(java.util.Set.of("id", "displayName", "role"), m.keySet(), "names only");
        }
        assertFalse(members.asString().contains("@"), "no e-mail addresses");

        Response missing = Api.as(Api.ADDICTION_SI).get("/api/v1/organisations/" + UUID.randomUUID() + "/members");
        Response foreign = Api.as(Api.ADDICTION_SI).get("/api/v1/organisations/" + Api.ORG_DE_WELFARE + "/members");
        assertProblem(missing, 404, "not_found");
        assertProblem(foreign, 404, "not_found");
        assertEquals(Problems.withoutInstance(missing), Problems.withoutInstance(foreign));
        assertProblem(
                Api.as(Api.COORDINATOR_DE).get("/api/v1/organisations/" + Api.ORG_SI_ADDICTION + "/members"),
                404,
                "not_found");
    }
}
