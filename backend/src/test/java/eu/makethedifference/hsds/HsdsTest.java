package eu.makethedifference.hsds;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.makethedifference.common.rest.RateLimitFilter;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HSDS 3.0 feed of the help-offer directory: public, rate limited, valid against the Open Referral schemas
 * (shipped in src/test/resources/hsds-3.0), HSDS paging and filters, only active offers, nothing personal.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class HsdsTest {
    private static final String HSDS = "/api/hsds";
    private static final String OFFERS = "/api/v1/help-offers";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the HSDS documents say their schemas live; read from the classpath copies instead. */
    private static final String HSDS_SCHEMAS =
            "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    private static final String CLASSPATH_SCHEMAS = "classpath:hsds-3.0/schema/";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mappings(Map.of(
                            HSDS_SCHEMAS + "compiled/service.json",
                            CLASSPATH_SCHEMAS + "compiled-service_with_definitions.json",
                            HSDS_SCHEMAS + "compiled/service_list.json",
                            CLASSPATH_SCHEMAS + "compiled-service_list.json",
                            HSDS_SCHEMAS + "compiled/organization_list.json",
                            CLASSPATH_SCHEMAS + "compiled-organization_list.json"))
                    .mapPrefix(HSDS_SCHEMAS, CLASSPATH_SCHEMAS)));
    private static final SchemaValidatorsConfig STRICT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static final JsonSchema SERVICE_FULL = schema("compiled/service.json");
    private static final JsonSchema SERVICE_LIST_ITEM = schema("compiled/service_list.json");
    private static final JsonSchema ORGANIZATION_LIST_ITEM = schema("compiled/organization_list.json");
    private static final JsonSchema ORGANIZATION_FULL = schema("organization.json");
    private static final JsonSchema ROOT =
            openApiSchema("/paths/~1/get/responses/200/content/application~1json/schema");
    private static final JsonSchema PAGE = openApiSchema("/components/schemas/Page");

    private static final List<String> PAGE_FIELDS = List.of(
            "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");

    /** The term id of CHILDREN_GROUP: a name-based UUID that must never change. */
    private static final String CHILDREN_GROUP_TERM = "6b7c8955-e154-34aa-84b9-2c0e72cb0689";

    @Inject
    RateLimitFilter rateLimit;

    @BeforeEach
    @AfterEach
    void forgetRequestCounts() {
        rateLimit.reset();
    }

    // --- schemas ---------------------------------------------------------------------------------------

    private static JsonSchema schema(String name) {
        return SCHEMAS.getSchema(SchemaLocation.of(HSDS_SCHEMAS + name), STRICT_FORMATS);
    }

    /** A schema inside the HSDS reference API (openapi.json), by JSON pointer. */
    private static JsonSchema openApiSchema(String pointer) {
        try (InputStream in = HsdsTest.class.getResourceAsStream("/hsds-3.0/schema/openapi.json")) {
            JsonNode node = JSON.readTree(in).at(pointer);
            assertFalse(node.isMissingNode(), pointer);
            return SCHEMAS.getSchema(node, STRICT_FORMATS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertValid(JsonSchema schema, JsonNode document) {
        Set<ValidationMessage> errors = schema.validate(document);
        assertTrue(errors.isEmpty(), errors + " in " + document);
    }

    /** A page: the HSDS Page schema, every paging field present, and every item valid. */
    private static JsonNode assertValidPage(Response response, JsonSchema item) {
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        JsonNode page = json(response);
        assertValid(PAGE, page);
        PAGE_FIELDS.forEach(field -> assertTrue(page.has(field), "missing " + field + " in " + page));
        assertEquals(page.get("contents").size(), page.get("size").asInt());
        page.get("contents").forEach(node -> assertValid(item, node));
        return page;
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- requests --------------------------------------------------------------------------------------

    /** An anonymous HSDS request; the counts of the rate limit are reset first. */
    private Response hsds(String path, Object... query) {
        rateLimit.reset();
        var request = given().accept("application/json, application/problem+json");
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get(HSDS + path);
    }

    private JsonNode services(Object... query) {
        return assertValidPage(hsds("/services", query), SERVICE_LIST_ITEM);
    }

    private JsonNode organizations(Object... query) {
        return assertValidPage(hsds("/organizations", query), ORGANIZATION_LIST_ITEM);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("contents").forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    /** A word no other test's data contains, so that searches for it find only this test's offers. */
    private static String word() {
        return "hsds" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static Map<String, Object> offer(UUID organisation, String name, String kind, boolean active) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisation.toString());
        body.put("name", name);
        body.put("description", "Weekly meetings for children of parents with an addiction.");
        body.put("kind", kind);
        body.put("minAge", 7);
        body.put("maxAge", 12);
        body.put("languages", List.of("sl", "de"));
        body.put("areaServed", "Maribor and surroundings");
        body.put("contactEmail", "group@example.org");
        body.put("contactPhone", "+386 2 123 45 67");
        body.put("capacity", 12);
        body.put("waitingList", 4);
        body.put("active", active);
        return body;
    }

    private static String create(Map<String, Object> offer) {
        Response created = Api.as(Api.COORDINATOR_SI).body(offer).post(OFFERS);
        assertEquals(201, created.statusCode(), created.asString());
        return created.jsonPath().getString("id");
    }

    private static String createOrganisation(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionId", Api.REGION_SI.toString());
        body.put("name", name);
        body.put("helpSystem", "YOUTH_WELFARE");
        body.put("city", "Celje");
        body.put("contactEmail", "info@" + name + ".example.org");
        body.put("contactPhone", "+386 3 555 00 00");
        body.put("website", "https://" + name + ".example.org");
        Response created = Api.as(Api.COORDINATOR_SI).body(body).post("/api/v1/organisations");
        assertEquals(201, created.statusCode(), created.asString());
        return created.jsonPath().getString("id");
    }

    // --- tests -----------------------------------------------------------------------------------------

    @Test
    void shouldHaveSchemasThatRejectWhatHsdsForbids() throws IOException {
        JsonNode service =
                JSON.readTree("{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"n\", \"status\": \"active\","
                        + " \"languages\": [{\"id\": \"" + UUID.randomUUID() + "\", \"code\": \"sl\"}]}");
        assertValid(SERVICE_FULL, service);
        assertFalse(
                SERVICE_FULL
                        .validate(JSON.readTree("{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"n\"}"))
                        .isEmpty(),
                "status is required");
        assertFalse(
                SERVICE_FULL
                        .validate(JSON.readTree("{\"id\": \"x\", \"name\": \"n\", \"status\": \"active\"}"))
                        .isEmpty(),
                "the id must be a UUID");
        assertFalse(
                SERVICE_FULL
                        .validate(JSON.readTree(
                                "{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"n\", \"status\": \"open\"}"))
                        .isEmpty(),
                "status is an enumeration");
        assertFalse(
                ORGANIZATION_FULL
                        .validate(JSON.readTree("{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"n\","
                                + " \"description\": \"d\", \"phones\": [{\"id\": \"" + UUID.randomUUID() + "\"}]}"))
                        .isEmpty(),
                "a phone needs a number (referenced schema phone.json)");
    }

    @Test
    void shouldDescribeTheApiAtTheRootWithoutLogin() {
        for (String path : List.of("/", "")) {
            Response root = hsds(path);
            assertEquals(200, root.statusCode(), root.asString());
            JsonNode info = json(root);
            assertValid(ROOT, info);
            assertEquals("3.0", info.get("version").asText());
            assertTrue(info.get("profile").asText().startsWith("https://"), info.toString());
            String openapi = info.get("openapi_url").asText();
            assertTrue(openapi.matches("^http://[^/]+:\\d+/q/openapi\\?format=json$"), openapi);

            Response document = given().get(openapi);
            assertEquals(200, document.statusCode());
            assertTrue(document.asString().contains("\"/api/hsds/services\""), "the document describes the feed");
        }
    }

    @Test
    void shouldPublishAnOfferAsAValidHsdsServiceWithItsKindAsTaxonomyTerm() {
        String word = word();
        String id = create(offer(Api.ORG_SI_ADDICTION, "Children's group " + word, "CHILDREN_GROUP", true));

        JsonNode page = services("search", word);
        assertEquals(List.of(id), ids(page));
        JsonNode item = page.get("contents").get(0);
        assertEquals("active", item.get("status").asText());
        assertEquals(
                Api.ORG_SI_ADDICTION.toString(),
                item.get("organization").get("id").asText());
        assertNull(item.get("languages"), "lists carry the one-to-one fields only");

        Response full = hsds("/services/" + id);
        assertEquals(200, full.statusCode(), full.asString());
        JsonNode service = json(full);
        assertValid(SERVICE_FULL, service);
        assertEquals(id, service.get("id").asText());
        assertEquals("Children's group " + word, service.get("name").asText());
        assertEquals("group@example.org", service.get("email").asText());
        assertEquals(7, service.get("minimum_age").asInt());
        assertEquals(12, service.get("maximum_age").asInt());
        assertEquals(
                Api.ORG_SI_ADDICTION.toString(), service.get("organization_id").asText());
        assertEquals(
                "+386 2 123 45 67", service.get("phones").get(0).get("number").asText());
        assertEquals(
                "Maribor and surroundings",
                service.get("service_areas").get(0).get("name").asText());
        assertEquals(
                List.of("sl:Slovenian", "de:German"),
                List.of(
                        service.get("languages").get(0).get("code").asText() + ":"
                                + service.get("languages").get(0).get("name").asText(),
                        service.get("languages").get(1).get("code").asText() + ":"
                                + service.get("languages").get(1).get("name").asText()));
        JsonNode attribute = service.get("attributes").get(0);
        assertEquals(CHILDREN_GROUP_TERM, attribute.get("taxonomy_term_id").asText());
        assertEquals(
                CHILDREN_GROUP_TERM, attribute.get("taxonomy_term").get("id").asText());
        assertEquals(
                "CHILDREN_GROUP", attribute.get("taxonomy_term").get("code").asText());
        assertEquals(id, attribute.get("link_id").asText());
        assertNotNull(service.get("last_modified"));
        assertFalse(service.has("capacity") || service.has("waiting_list") || service.has("waitingList"));

        assertEquals(json(full), json(hsds("/services/" + id)), "ids of nested objects are stable");
    }

    @Test
    void shouldServeEveryPublishedServiceAndOrganizationValidAgainstTheHsdsSchemas() {
        create(offer(Api.ORG_SI_WELFARE, "Parent support " + word(), "PARENT_SUPPORT", true));
        Set<String> organisations = new HashSet<>();
        JsonNode page;
        int number = 1;
        do {
            page = services("page", number++, "per_page", 100);
            for (JsonNode item : page.get("contents")) {
                assertValid(
                        SERVICE_FULL, json(hsds("/services/" + item.get("id").asText())));
                organisations.add(item.get("organization_id").asText());
            }
        } while (!page.get("last_page").asBoolean());
        assertTrue(page.get("total_items").asLong() > 0);

        Set<String> listed = new HashSet<>();
        number = 1;
        do {
            page = organizations("page", number++, "per_page", 100);
            for (JsonNode item : page.get("contents")) {
                Response full = hsds("/organizations/" + item.get("id").asText());
                assertEquals(200, full.statusCode(), full.asString());
                JsonNode organization = json(full);
                assertValid(ORGANIZATION_FULL, organization);
                assertFalse(organization.get("services").isEmpty(), "listed organisations publish an offer");
                organization.get("services").forEach(s -> assertValid(SERVICE_LIST_ITEM, s));
                listed.add(item.get("id").asText());
            }
        } while (!page.get("last_page").asBoolean());
        assertEquals(organisations, listed, "exactly the organisations of the published services");
    }

    @Test
    void shouldPageLikeHsds() {
        String word = word();
        List<String> created = new ArrayList<>();
        for (String letter : List.of("E", "B", "D", "A", "C")) {
            created.add(create(offer(Api.ORG_SI_ADDICTION, letter + " group " + word, "CHILDREN_GROUP", true)));
        }

        JsonNode all = services("search", word);
        assertEquals(5, all.get("total_items").asInt());
        assertEquals(1, all.get("total_pages").asInt());
        assertEquals(1, all.get("page_number").asInt(), "page 1 by default");
        assertEquals(5, all.get("size").asInt(), "50 per page by default");
        assertTrue(all.get("first_page").asBoolean() && all.get("last_page").asBoolean());
        List<String> byName = List.of(created.get(3), created.get(1), created.get(4), created.get(2), created.get(0));
        assertEquals(byName, ids(all), "ordered by name");

        JsonNode first = services("search", word, "per_page", 2);
        JsonNode second = services("search", word, "per_page", 2, "page", 2);
        JsonNode last = services("search", word, "per_page", 2, "page", 3);
        JsonNode beyond = services("search", word, "per_page", 2, "page", 4);
        for (JsonNode p : List.of(first, second, last, beyond)) {
            assertEquals(5, p.get("total_items").asInt());
            assertEquals(3, p.get("total_pages").asInt());
        }
        assertEquals(List.of(1, 2, 2, true, false, false), pageState(first));
        assertEquals(List.of(2, 2, 2, false, false, false), pageState(second));
        assertEquals(List.of(3, 1, 1, false, true, false), pageState(last));
        assertEquals(List.of(4, 0, 0, false, true, true), pageState(beyond));
        List<String> walked = new ArrayList<>(ids(first));
        walked.addAll(ids(second));
        walked.addAll(ids(last));
        assertEquals(byName, walked);

        JsonNode none = services("search", word() + "-nothing");
        assertEquals(List.of(1, 0, 0, true, true, true), pageState(none));
        assertEquals(0, none.get("total_pages").asInt());
    }

    /** page_number, size, number of items, first_page, last_page, empty. */
    private static List<Object> pageState(JsonNode page) {
        return List.of(
                page.get("page_number").asInt(),
                page.get("size").asInt(),
                page.get("contents").size(),
                page.get("first_page").asBoolean(),
                page.get("last_page").asBoolean(),
                page.get("empty").asBoolean());
    }

    @Test
    void shouldRefusePagesOutOfRangeWithAProblem() {
        for (String path : List.of("/services", "/organizations")) {
            assertFieldProblem(hsds(path, "per_page", 101), 400, "validation_failed", "per_page");
            assertFieldProblem(hsds(path, "per_page", 0), 400, "validation_failed", "per_page");
            assertFieldProblem(hsds(path, "page", 0), 400, "validation_failed", "page");
            assertProblem(hsds(path, "per_page", "many"), 400, "validation_failed");
            assertProblem(hsds(path, "modified_after", "yesterday"), 400, "validation_failed");
            assertEquals(200, hsds(path, "per_page", 100, "page", 100000).statusCode(), "the bounds themselves");
        }
        assertFieldProblem(hsds("/services", "search", "x".repeat(201)), 400, "validation_failed", "search");
        assertProblem(hsds("/services", "taxonomy_term_id", "not-a-uuid"), 400, "validation_failed");
    }

    @Test
    void shouldFilterServicesBySearchTaxonomyTermAndModificationTime() {
        String word = word();
        String group = create(offer(Api.ORG_SI_ADDICTION, "Group " + word, "CHILDREN_GROUP", true));
        Map<String, Object> counselling = offer(Api.ORG_SI_WELFARE, "Family counselling", "FAMILY_COUNSELLING", true);
        counselling.put("description", "Counselling for the whole family (" + word.toUpperCase(Locale.ROOT) + ").");
        String family = create(counselling);

        assertEquals(Set.of(group, family), Set.copyOf(ids(services("search", word.toUpperCase(Locale.ROOT)))));
        assertEquals(List.of(family), ids(services("search", "(" + word + ")")), "search in the description");
        assertEquals(0, services("search", word + "%").get("total_items").asInt(), "% is no wildcard");
        assertEquals(
                0,
                services("search", word.substring(0, 6) + "_" + word.substring(7))
                        .get("total_items")
                        .asInt(),
                "_ is no wildcard");

        assertEquals(List.of(group), ids(services("search", word, "taxonomy_term_id", CHILDREN_GROUP_TERM)));
        JsonNode groups = services("taxonomy_term_id", CHILDREN_GROUP_TERM, "per_page", 100);
        groups.get("contents")
                .forEach(item -> assertEquals(
                        CHILDREN_GROUP_TERM,
                        json(hsds("/services/" + item.get("id").asText()))
                                .get("attributes")
                                .get(0)
                                .get("taxonomy_term_id")
                                .asText()));
        JsonNode unknownTerm = services("taxonomy_term_id", UUID.randomUUID().toString());
        assertEquals(0, unknownTerm.get("total_items").asInt());
        assertTrue(unknownTerm.get("empty").asBoolean());

        String groupModified =
                json(hsds("/services/" + group)).get("last_modified").asText();
        String familyModified =
                json(hsds("/services/" + family)).get("last_modified").asText();
        assertTrue(
                Instant.parse(familyModified).isAfter(Instant.parse(groupModified)),
                groupModified + " " + familyModified);
        assertEquals(
                Set.of(group, family),
                Set.copyOf(ids(services("search", word, "modified_after", groupModified))),
                "modified at or after");
        assertEquals(List.of(family), ids(services("search", word, "modified_after", familyModified)));
        assertEquals(
                0,
                services("modified_after", "2999-01-01T00:00:00Z")
                        .get("total_items")
                        .asInt());
        assertTrue(services("modified_after", "2000-01-01T00:00:00Z")
                        .get("total_items")
                        .asInt()
                >= 2);
    }

    @Test
    void shouldListOnlyOrganisationsThatPublishAnActiveOfferAndFilterThem() {
        String word = word();
        String organisation = createOrganisation(word);
        assertEquals(0, organizations("search", word).get("total_items").asInt(), "no offer yet");
        assertProblem(hsds("/organizations/" + organisation), 404, "not_found");

        create(offer(UUID.fromString(organisation), "Quiet offer", "THERAPY", false));
        assertEquals(0, organizations("search", word).get("total_items").asInt(), "an inactive offer only");

        String active = create(offer(UUID.fromString(organisation), "Therapy " + word, "THERAPY", true));
        JsonNode page = organizations("search", word.toUpperCase(Locale.ROOT));
        assertEquals(List.of(organisation), ids(page));
        JsonNode item = page.get("contents").get(0);
        assertEquals(word, item.get("name").asText());
        assertEquals(
                "Youth welfare organisation in Celje.", item.get("description").asText());
        assertEquals("info@" + word + ".example.org", item.get("email").asText());
        assertEquals("https://" + word + ".example.org", item.get("website").asText());

        JsonNode full = json(hsds("/organizations/" + organisation));
        assertValid(ORGANIZATION_FULL, full);
        assertEquals("+386 3 555 00 00", full.get("phones").get(0).get("number").asText());
        assertEquals(List.of(active), ids(JSON.createObjectNode().set("contents", full.get("services"))));

        assertEquals(
                0,
                organizations("search", word, "modified_after", "2999-01-01T00:00:00Z")
                        .get("total_items")
                        .asInt());
        assertEquals(
                List.of(organisation), ids(organizations("search", word, "modified_after", "2000-01-01T00:00:00Z")));
    }

    @Test
    void shouldNotPublishInactiveOffers() {
        String word = word();
        String inactive = create(offer(Api.ORG_SI_ADDICTION, "Paused group " + word, "CHILDREN_GROUP", false));

        assertEquals(0, services("search", word).get("total_items").asInt());
        assertProblem(hsds("/services/" + inactive), 404, "not_found");

        String active = create(offer(Api.ORG_SI_ADDICTION, "Open group " + word, "CHILDREN_GROUP", true));
        Response read = Api.as(Api.COORDINATOR_SI).get(OFFERS + "/" + active);
        Map<String, Object> deactivated = offer(Api.ORG_SI_ADDICTION, "Open group " + word, "CHILDREN_GROUP", false);
        Response updated = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", read.header("ETag"))
                .body(deactivated)
                .put(OFFERS + "/" + active);
        assertEquals(200, updated.statusCode(), updated.asString());

        assertEquals(0, services("search", word).get("total_items").asInt());
        assertProblem(hsds("/services/" + active), 404, "not_found");
        JsonNode organization = json(hsds("/organizations/" + Api.ORG_SI_ADDICTION));
        organization
                .get("services")
                .forEach(s -> assertFalse(
                        Set.of(inactive, active).contains(s.get("id").asText())));
    }

    @Test
    void shouldAnswerUnknownIdsWithNotFoundProblems() {
        assertProblem(hsds("/services/" + UUID.randomUUID()), 404, "not_found");
        assertProblem(hsds("/organizations/" + UUID.randomUUID()), 404, "not_found");
        assertProblem(hsds("/services/not-a-uuid"), 400, "validation_failed");
        assertProblem(hsds("/taxonomies"), 404, "not_found");
    }

    @Test
    void shouldRevealNothingPersonal() throws SQLException, IOException {
        create(offer(Api.ORG_SI_ADDICTION, "Group " + word(), "CHILDREN_GROUP", true));
        List<String> documents = new ArrayList<>();
        JsonNode services = services("per_page", 100);
        documents.add(services.toString());
        services.get("contents")
                .forEach(s ->
                        documents.add(hsds("/services/" + s.get("id").asText()).asString()));
        JsonNode organizations = organizations("per_page", 100);
        documents.add(organizations.toString());
        organizations
                .get("contents")
                .forEach(o -> documents.add(
                        hsds("/organizations/" + o.get("id").asText()).asString()));

        Set<String> strings = new HashSet<>();
        for (String document : documents) {
            collectStrings(JSON.readTree(document), strings);
            for (String key : List.of("waiting_list", "waitingList", "capacity", "password", "display_name", "role")) {
                assertFalse(document.contains("\"" + key + "\""), key + " in " + document);
            }
        }
        try (Connection c = Db.connect();
                Statement st = c.createStatement();
                ResultSet users = st.executeQuery("select email, display_name from app_user")) {
            int checked = 0;
            while (users.next()) {
                String email = users.getString(1).toLowerCase(Locale.ROOT);
                String name = users.getString(2);
                for (String value : strings) {
                    assertFalse(value.strip().equalsIgnoreCase(email), "a user's e-mail address: " + value);
                    assertFalse(name.length() >= 8 && value.contains(name), "a user's name: " + value);
                }
                checked++;
            }
            assertTrue(checked > 0);
        }
    }

    private static void collectStrings(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, out));
    }

    @Test
    void shouldNeedNoLoginButLimitRequestsPerAddress() {
        rateLimit.reset();
        for (int i = 1; i <= 30; i++) {
            Response allowed = given().get(HSDS + "/services");
            assertEquals(200, allowed.statusCode(), i + ": " + allowed.asString());
        }
        Response limited = given().get(HSDS + "/services");
        assertProblem(limited, 429, "too_many_requests");
        assertNotNull(limited.header("Retry-After"));
        assertProblem(given().get(HSDS + "/organizations"), 429, "too_many_requests");
        assertProblem(given().get(HSDS + "/services/" + UUID.randomUUID()), 429, "too_many_requests");
        rateLimit.reset();
        assertEquals(200, given().get(HSDS + "/organizations").statusCode());
    }
}
