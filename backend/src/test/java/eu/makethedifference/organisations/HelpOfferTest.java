package eu.makethedifference.organisations;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class HelpOfferTest {
    private static final String OFFERS = "/api/v1/help-offers";

    private static Map<String, Object> offer(UUID organisation, String name, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisation.toString());
        body.put("name", name);
        body.put("description", "Weekly group for children of parents with an addiction.");
        body.put("kind", kind);
        body.put("minAge", 6);
        body.put("maxAge", 10);
        body.put("languages", List.of("sl", "en"));
        body.put("areaServed", "Ljubljana");
        body.put("contactEmail", "group@example.org");
        body.put("capacity", 12);
        body.put("waitingList", 3);
        body.put("active", true);
        return body;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 13);
    }

    private static long named(String name) {
        return Db.count("select count(*) from help_offer where name = ?", name);
    }

    private static Response create(String caller, Map<String, Object> body) {
        Response created = Api.as(caller).body(body).post(OFFERS);
        assertEquals(201, created.statusCode(), created.asString());
        return created;
    }

    @Test
    void shouldLetAProfessionalPublishAnOfferOfTheirOwnOrganisationOnly() {
        String name = unique("Group");
        Response created = create(Api.ADDICTION_SI, offer(Api.ORG_SI_ADDICTION, name, "CHILDREN_GROUP"));
        assertEquals(Api.REGION_SI.toString(), created.jsonPath().getString("regionId"));
        assertEquals(List.of("sl", "en"), created.jsonPath().getList("languages"));
        assertTrue(created.header("Location")
                .endsWith(OFFERS + "/" + created.jsonPath().getString("id")));

        String foreign = unique("Group");
        assertProblem(
                Api.responseOnly(Api.ADDICTION_SI)
                        .body(offer(Api.ORG_SI_WELFARE, foreign, "CHILDREN_GROUP"))
                        .post(OFFERS),
                403,
                "forbidden");
        assertProblem(
                Api.responseOnly(Api.MENTOR_SI)
                        .body(offer(Api.ORG_SI_ADDICTION, foreign, "CHILDREN_GROUP"))
                        .post(OFFERS),
                403,
                "forbidden");
        assertFieldProblem(
                Api.responseOnly(Api.COORDINATOR_SI)
                        .body(offer(Api.ORG_DE_WELFARE, foreign, "CHILDREN_GROUP"))
                        .post(OFFERS),
                400,
                "validation_failed",
                "organisationId");
        assertEquals(0, named(foreign), "nothing written");
    }

    @Test
    void shouldKeepOneMentoringProgrammePerRegionForCoordinatorsOnly() {
        UUID region = Api.REGION_DE;
        long programmes = Db.count(
                "select count(*) from help_offer where region_id = ? and kind = 'MENTORING_PROGRAMME'", region);
        String name = unique("Mentoring");
        if (programmes == 0) {
            create(Api.COORDINATOR_DE, offer(Api.ORG_DE_WELFARE, name, "MENTORING_PROGRAMME"));
        }
        String second = unique("Mentoring");
        assertProblem(
                Api.responseOnly(Api.COORDINATOR_DE)
                        .body(offer(Api.ORG_DE_ADDICTION, second, "MENTORING_PROGRAMME"))
                        .post(OFFERS),
                409,
                "mentoring_programme_exists");
        assertProblem(
                Api.responseOnly(Api.WELFARE_DE)
                        .body(offer(Api.ORG_DE_WELFARE, second, "MENTORING_PROGRAMME"))
                        .post(OFFERS),
                403,
                "forbidden");
        assertEquals(0, named(second), "nothing written");
    }

    @Test
    void shouldRefuseInvalidOffersWithoutWritingAnything() {
        String name = unique("Invalid");
        Map<String, Object> ages = offer(Api.ORG_SI_ADDICTION, name, "THERAPY");
        ages.put("minAge", 12);
        ages.put("maxAge", 8);
        assertFieldProblem(
                Api.responseOnly(Api.COORDINATOR_SI).body(ages).post(OFFERS), 400, "validation_failed", "maxAge");

        Map<String, Object> noLanguage = offer(Api.ORG_SI_ADDICTION, name, "THERAPY");
        noLanguage.put("languages", List.of());
        assertFieldProblem(
                Api.responseOnly(Api.COORDINATOR_SI).body(noLanguage).post(OFFERS),
                400,
                "validation_failed",
                "languages");

        Map<String, Object> negative = offer(Api.ORG_SI_ADDICTION, name, "THERAPY");
        negative.put("waitingList", -1);
        assertFieldProblem(
                Api.responseOnly(Api.COORDINATOR_SI).body(negative).post(OFFERS),
                400,
                "validation_failed",
                "waitingList");
        assertEquals(0, named(name), "nothing written");
    }

    @Test
    void shouldFindOffersByKindAgeAndLanguageWithinTheCallersRegion() {
        String name = unique("Counselling");
        Map<String, Object> body = offer(Api.ORG_SI_WELFARE, name, "FAMILY_COUNSELLING");
        body.put("minAge", 3);
        body.put("maxAge", 7);
        body.put("languages", List.of("hr"));
        String id = create(Api.COORDINATOR_SI, body).jsonPath().getString("id");

        List<String> hit = Api.as(Api.WELFARE_SI)
                .queryParam("kind", "FAMILY_COUNSELLING")
                .queryParam("age", 7)
                .queryParam("language", "hr")
                .queryParam("size", 100)
                .get(OFFERS)
                .jsonPath()
                .getList("items.id");
        assertTrue(hit.contains(id));
        for (Map.Entry<String, Object> miss : Map.<String, Object>of("age", 8, "language", "de", "kind", "THERAPY")
                .entrySet()) {
            Map<String, Object> query = new HashMap<>(Map.of("kind", "FAMILY_COUNSELLING", "language", "hr"));
            query.put(miss.getKey(), miss.getValue());
            List<String> ids = Api.as(Api.WELFARE_SI)
                    .queryParams(query)
                    .queryParam("size", 100)
                    .get(OFFERS)
                    .jsonPath()
                    .getList("items.id");
            assertFalse(ids.contains(id), "filtered out by " + miss.getKey());
        }
        List<String> regions = Api.as(Api.WELFARE_DE)
                .queryParam("size", 100)
                .get(OFFERS)
                .jsonPath()
                .getList("items.regionId");
        assertFalse(regions.contains(Api.REGION_SI.toString()), "another region's offers stay hidden");
        assertProblem(Api.responseOnly(Api.WELFARE_DE).get(OFFERS + "/" + id), 404, "not_found");
        assertProblem(Api.responseOnly(Api.WELFARE_SI).queryParam("age", 40).get(OFFERS), 400, "validation_failed");
    }

    @Test
    void shouldUpdateWithIfMatchAndHideInactiveOffersByDefault() {
        Map<String, Object> body = offer(Api.ORG_SI_ADDICTION, unique("Parents"), "PARENT_SUPPORT");
        Response created = create(Api.ADDICTION_SI, body);
        String id = created.jsonPath().getString("id");
        String etag = created.header("ETag");

        body.put("active", false);
        body.put("waitingList", 0);
        assertProblem(
                Api.responseOnly(Api.WELFARE_SI)
                        .header("If-Match", etag)
                        .body(body)
                        .put(OFFERS + "/" + id),
                403,
                "forbidden");
        Response updated =
                Api.as(Api.ADDICTION_SI).header("If-Match", etag).body(body).put(OFFERS + "/" + id);
        assertEquals(200, updated.statusCode(), updated.asString());
        assertFalse(updated.jsonPath().getBoolean("active"));
        assertProblem(
                Api.responseOnly(Api.ADDICTION_SI)
                        .header("If-Match", etag)
                        .body(body)
                        .put(OFFERS + "/" + id),
                412,
                "precondition_failed");

        List<String> active = Api.as(Api.ADDICTION_SI)
                .queryParam("size", 100)
                .get(OFFERS)
                .jsonPath()
                .getList("items.id");
        assertFalse(active.contains(id));
        List<String> inactive = Api.as(Api.ADDICTION_SI)
                .queryParam("active", false)
                .queryParam("size", 100)
                .get(OFFERS)
                .jsonPath()
                .getList("items.id");
        assertTrue(inactive.contains(id));
    }

    @Test
    void shouldMoveOffersWithTheirOrganisationToAnotherRegion() {
        Map<String, Object> org = new HashMap<>();
        org.put("regionId", Api.REGION_SI.toString());
        org.put("name", unique("Family centre"));
        org.put("helpSystem", "YOUTH_WELFARE");
        Response createdOrg = Api.as(Api.ADMIN).body(org).post("/api/v1/organisations");
        assertEquals(201, createdOrg.statusCode(), createdOrg.asString());
        UUID orgId = UUID.fromString(createdOrg.jsonPath().getString("id"));
        String offerId = create(Api.COORDINATOR_SI, offer(orgId, unique("Group"), "CHILDREN_GROUP"))
                .jsonPath()
                .getString("id");

        org.put("regionId", Api.REGION_DE.toString());
        Response moved = Api.as(Api.ADMIN)
                .header("If-Match", createdOrg.header("ETag"))
                .body(org)
                .put("/api/v1/organisations/" + orgId);
        assertEquals(200, moved.statusCode(), moved.asString());

        assertProblem(Api.responseOnly(Api.COORDINATOR_SI).get(OFFERS + "/" + offerId), 404, "not_found");
        Response seen = Api.as(Api.COORDINATOR_DE).get(OFFERS + "/" + offerId);
        assertEquals(200, seen.statusCode(), seen.asString());
        assertEquals(Api.REGION_DE.toString(), seen.jsonPath().getString("regionId"));
    }

    @Test
    void shouldKeepTheManagersRulesOnUpdate() {
        Map<String, Object> body = offer(Api.ORG_SI_ADDICTION, unique("Group"), "CHILDREN_GROUP");
        Response created = create(Api.ADDICTION_SI, body);
        String id = created.jsonPath().getString("id");
        String etag = created.header("ETag");

        body.put("kind", "MENTORING_PROGRAMME");
        assertProblem(
                Api.responseOnly(Api.ADDICTION_SI)
                        .header("If-Match", etag)
                        .body(body)
                        .put(OFFERS + "/" + id),
                403,
                "forbidden");
        body.put("kind", "CHILDREN_GROUP");
        assertProblem(
                Api.responseOnly(Api.COORDINATOR_DE)
                        .header("If-Match", etag)
                        .body(body)
                        .put(OFFERS + "/" + id),
                404,
                "not_found");
        Response unchanged = Api.as(Api.ADDICTION_SI).get(OFFERS + "/" + id);
        assertEquals(etag, unchanged.header("ETag"));
    }

    @Test
    void shouldAnswerConcurrentMentoringProgrammesWithTheRulesOwnCode() throws Exception {
        Map<String, Object> org = new HashMap<>();
        org.put("name", unique("Region"));
        org.put("countryCode", "AT");
        org.put("defaultLanguage", "de");
        org.put("timeZone", "Europe/Vienna");
        Response region = Api.as(Api.ADMIN).body(org).post("/api/v1/regions");
        assertEquals(201, region.statusCode(), region.asString());
        UUID regionId = UUID.fromString(region.jsonPath().getString("id"));
        Map<String, Object> university = new HashMap<>();
        university.put("regionId", regionId.toString());
        university.put("name", unique("University"));
        university.put("helpSystem", "UNIVERSITY");
        UUID orgId = UUID.fromString(Api.as(Api.ADMIN)
                .body(university)
                .post("/api/v1/organisations")
                .jsonPath()
                .getString("id"));
        // the coordinator of SI is made coordinator of this region too for the test, through the database
        eu.makethedifference.support.Db.execute(
                "insert into user_region (user_id, region_id) values (?, ?)", Api.userId(Api.COORDINATOR_SI), regionId);
        try {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> body = offer(orgId, unique("Mentoring"), "MENTORING_PROGRAMME");
                answers.add(
                        pool.submit(() -> Api.raw(Api.COORDINATOR_SI).body(body).post(OFFERS)));
            }
            int created = 0;
            for (var answer : answers) {
                Response r = answer.get();
                if (r.statusCode() == 201) {
                    created++;
                } else {
                    assertProblem(r, 409, "mentoring_programme_exists");
                }
            }
            pool.shutdown();
            assertEquals(1, created);
        } finally {
            eu.makethedifference.support.Db.execute(
                    "delete from user_region where user_id = ? and region_id = ?",
                    Api.userId(Api.COORDINATOR_SI),
                    regionId);
        }
    }
}
