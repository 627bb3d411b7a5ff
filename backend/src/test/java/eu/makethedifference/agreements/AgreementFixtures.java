package eu.makethedifference.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.TestUsers;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds agreements through the API for the agreement tests: in Slovenia, drafted by the addiction counsellor
 * (addiction.si) with the youth-welfare office (welfare.si) as second party, each with its demo professional as
 * signatory.
 */
final class AgreementFixtures {
    static final String AGREEMENTS = "/api/v1/agreements";
    static final UUID ORG_SI_SCHOOL = Api.demoId("org:si-school");
    static final UUID ORG_DE_SCHOOL = Api.demoId("org:de-school");
    static final String ADDICTION_DE = "addiction.de@example.org";

    private static final Map<String, String> EXTRA_TOKENS = new HashMap<>();
    private static final Map<String, UUID> EXTRA_IDS = new HashMap<>();

    private AgreementFixtures() {}

    // ------------------------------------------------------------------ 409 answers and the contract

    /**
     * Whether the committed contract documents the problem body of the agreements' 409 answers. Until
     * openapi/openapi.yaml is refreshed from the served contract (StandardResponsesFilter now adds it), a 409 with
     * its problem body fails the response validation ("No response body is expected"), so those requests go
     * unvalidated; once refreshed they are validated like every other request.
     */
    static final boolean CONFLICT_BODY_DOCUMENTED = conflictBodyDocumented();

    private static boolean conflictBodyDocumented() {
        try {
            var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                    new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
            var contract = yaml.readTree(java.nio.file.Files.readString(Api.contractFile()));
            return contract.path("paths")
                    .path("/api/v1/agreements/{id}/submit")
                    .path("post")
                    .path("responses")
                    .path("409")
                    .has("content");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A request expected to be answered 409 (see {@link #CONFLICT_BODY_DOCUMENTED}). */
    static RequestSpecification conflicting(String email) {
        return CONFLICT_BODY_DOCUMENTED ? Api.as(email) : Api.raw(email).accept(Api.ACCEPT);
    }

    static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 13);
    }

    static String path(UUID id) {
        return AGREEMENTS + "/" + id;
    }

    // ------------------------------------------------------------------ extra accounts (created once per run)

    /** A second professional of the SI addiction-care organisation: a member of that party, not its signatory. */
    static synchronized RequestSpecification asSecondAddictionProfessional() {
        return Api.withToken(extraToken("si-addiction", Api.ORG_SI_ADDICTION));
    }

    static synchronized UUID secondAddictionProfessional() {
        extraToken("si-addiction", Api.ORG_SI_ADDICTION);
        return EXTRA_IDS.get("si-addiction");
    }

    /** A professional of the SI school: same region, never a party of the fixtures' agreements. */
    static synchronized RequestSpecification asSchoolProfessional() {
        return Api.withToken(extraToken("si-school", ORG_SI_SCHOOL));
    }

    static synchronized UUID schoolProfessional() {
        extraToken("si-school", ORG_SI_SCHOOL);
        return EXTRA_IDS.get("si-school");
    }

    private static String extraToken(String key, UUID organisation) {
        return EXTRA_TOKENS.computeIfAbsent(key, k -> {
            TestUsers.TestUser user = TestUsers.professional(organisation);
            EXTRA_IDS.put(k, user.id());
            return user.login().accessToken();
        });
    }

    // ------------------------------------------------------------------ requests

    static Response create(String caller, String title) {
        Response created = Api.as(caller).body(Map.of("title", title)).post(AGREEMENTS);
        assertEquals(201, created.statusCode(), created.asString());
        return created;
    }

    static UUID id(Response agreement) {
        return UUID.fromString(agreement.jsonPath().getString("id"));
    }

    static Response get(String caller, UUID id) {
        Response r = Api.as(caller).get(path(id));
        assertEquals(200, r.statusCode(), r.asString());
        return r;
    }

    static String etag(String caller, UUID id) {
        return get(caller, id).header("ETag");
    }

    static Map<String, Object> party(String contactName, UUID signatory) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactName", contactName);
        body.put("contactEmail", "contact@example.org");
        if (signatory != null) {
            body.put("signatoryUserId", signatory.toString());
        }
        return body;
    }

    static Response putParty(String caller, UUID id, UUID organisation, UUID signatory) {
        Response r = Api.as(caller)
                .header("If-Match", etag(caller, id))
                .body(party("Contact " + organisation.toString().substring(0, 4), signatory))
                .put(path(id) + "/parties/" + organisation);
        assertEquals(200, r.statusCode(), r.asString());
        return r;
    }

    static Response act(String caller, UUID id, String action) {
        return act(caller, id, action, null);
    }

    static Response act(String caller, UUID id, String action, String reason) {
        return act(Api.as(caller), id, action, reason);
    }

    /** An action expected to be refused with 409. */
    static Response actRefused(String caller, UUID id, String action, String reason) {
        return act(conflicting(caller), id, action, reason);
    }

    static Response act(RequestSpecification spec, UUID id, String action, String reason) {
        Map<String, Object> body = new HashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return spec.body(body).post(path(id) + "/" + action);
    }

    static Response actOk(String caller, UUID id, String action, String expectedStatus) {
        Response r = act(caller, id, action, "TERMINATED".equals(expectedStatus) ? "Test ended" : null);
        assertEquals(200, r.statusCode(), action + ": " + r.asString());
        assertEquals(expectedStatus, r.jsonPath().getString("status"), action);
        return r;
    }

    static Response sign(String caller, UUID id, UUID organisation, int versionNumber) {
        return sign(Api.as(caller), id, organisation, versionNumber);
    }

    /** A signature expected to be refused with 409. */
    static Response signRefused(String caller, UUID id, UUID organisation, int versionNumber) {
        return sign(conflicting(caller), id, organisation, versionNumber);
    }

    static Response sign(RequestSpecification spec, UUID id, UUID organisation, int versionNumber) {
        return spec.body(Map.of("organisationId", organisation.toString(), "versionNumber", versionNumber))
                .post(path(id) + "/sign");
    }

    static Response updateSection(String caller, UUID id, String sectionId, String title, String body) {
        Response r = Api.as(caller)
                .header("If-Match", etag(caller, id))
                .body(Map.of("title", title, "body", body))
                .put(path(id) + "/sections/" + sectionId);
        assertEquals(200, r.statusCode(), r.asString());
        return r;
    }

    // ------------------------------------------------------------------ agreements in a given status

    /** A draft by addiction.si with both SI parties and their signatories: bridging, ready to submit. */
    static UUID bridgingDraft(String title) {
        UUID id = id(create(Api.ADDICTION_SI, title));
        putParty(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, Api.userId(Api.ADDICTION_SI));
        putParty(Api.ADDICTION_SI, id, Api.ORG_SI_WELFARE, Api.userId(Api.WELFARE_SI));
        return id;
    }

    static UUID inNegotiation(String title) {
        UUID id = bridgingDraft(title);
        actOk(Api.ADDICTION_SI, id, "submit", "NEGOTIATION");
        return id;
    }

    static UUID readyForSignature(String title) {
        UUID id = inNegotiation(title);
        actOk(Api.ADDICTION_SI, id, "ready", "READY_FOR_SIGNATURE");
        return id;
    }

    static UUID signed(String title) {
        UUID id = readyForSignature(title);
        int version = get(Api.ADDICTION_SI, id).jsonPath().getInt("currentVersion");
        Response first = sign(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, version);
        assertEquals(200, first.statusCode(), first.asString());
        Response second = sign(Api.WELFARE_SI, id, Api.ORG_SI_WELFARE, version);
        assertEquals(200, second.statusCode(), second.asString());
        assertEquals("SIGNED", second.jsonPath().getString("status"));
        return id;
    }

    /** A fresh agreement in the given status (by the shortest legal path). */
    static UUID inStatus(String status, String title) {
        return switch (status) {
            case "DRAFT" -> bridgingDraft(title);
            case "NEGOTIATION" -> inNegotiation(title);
            case "READY_FOR_SIGNATURE" -> readyForSignature(title);
            case "SIGNED" -> signed(title);
            case "ACTIVE" -> {
                UUID id = signed(title);
                actOk(Api.COORDINATOR_SI, id, "activate", "ACTIVE");
                yield id;
            }
            case "UNDER_REVIEW" -> {
                UUID id = inStatus("ACTIVE", title);
                actOk(Api.COORDINATOR_SI, id, "review", "UNDER_REVIEW");
                yield id;
            }
            case "RENEWED" -> {
                UUID id = inStatus("UNDER_REVIEW", title);
                actOk(Api.COORDINATOR_SI, id, "renew", "RENEWED");
                yield id;
            }
            case "TERMINATED" -> {
                UUID id = inStatus("ACTIVE", title);
                actOk(Api.COORDINATOR_SI, id, "terminate", "TERMINATED");
                yield id;
            }
            default -> throw new IllegalArgumentException(status);
        };
    }

    // ------------------------------------------------------------------ database snapshots

    /** Everything stored about an agreement's text and state, to show that a refused write changed nothing. */
    static List<List<Map<String, Object>>> stored(UUID id) {
        return List.of(
                rows("select * from agreement where id = ?", id),
                rows("select * from agreement_section where agreement_id = ? order by position, id", id),
                rows("select * from agreement_party where agreement_id = ? order by organisation_id", id),
                rows("select * from agreement_version where agreement_id = ? order by number", id),
                rows("select * from agreement_signature where agreement_id = ? order by signed_at, id", id),
                rows("select * from agreement_commitment where agreement_id = ? order by id", id));
    }

    static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = Db.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        row.put(meta.getColumnName(i), value == null ? null : value.toString());
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long audits(String action, UUID agreementId) {
        return Db.count(
                "select count(*) from audit_event where action = ? and object_id = ?", action, agreementId.toString());
    }

    static long versions(UUID id) {
        return Db.count("select count(*) from agreement_version where agreement_id = ?", id);
    }

    static List<String> sectionIds(JsonPath agreement) {
        return agreement.getList("sections.id");
    }
}
