package eu.makethedifference.agreements;

import static eu.makethedifference.agreements.AgreementFixtures.audits;
import static eu.makethedifference.agreements.AgreementFixtures.conflicting;
import static eu.makethedifference.agreements.AgreementFixtures.get;
import static eu.makethedifference.agreements.AgreementFixtures.path;
import static eu.makethedifference.agreements.AgreementFixtures.rows;
import static eu.makethedifference.agreements.AgreementFixtures.sign;
import static eu.makethedifference.agreements.AgreementFixtures.stored;
import static eu.makethedifference.agreements.AgreementFixtures.uniqueTitle;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.agreements.service.AgreementVersions;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class AgreementSigningTest {

    private static String partyPath(UUID organisation) {
        return "parties.find { it.organisationId == '" + organisation + "' }";
    }

    private static long validSignatures(UUID id) {
        return Db.count("select count(*) from agreement_signature where agreement_id = ? and voided_at is null", id);
    }

    @Test
    void shouldStoreWhoSignedForWhichPartyWhenAndTheHashOfTheCanonicalText() {
        UUID id = AgreementFixtures.readyForSignature(uniqueTitle("Hash čšž"));
        int version = get(Api.ADDICTION_SI, id).jsonPath().getInt("currentVersion");
        Instant before = Instant.now().minusSeconds(5);

        Response signed = sign(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, version);

        assertEquals(200, signed.statusCode(), signed.asString());
        JsonPath json = signed.jsonPath();
        String versionHash = Api.as(Api.ADDICTION_SI)
                .get(path(id) + "/versions/" + version)
                .jsonPath()
                .getString("sha256");
        assertEquals(
                Api.userId(Api.ADDICTION_SI).toString(),
                json.getString(partyPath(Api.ORG_SI_ADDICTION) + ".signature.signedBy"));
        assertEquals("Petra Kovač", json.getString(partyPath(Api.ORG_SI_ADDICTION) + ".signature.signedByName"));
        assertEquals(versionHash, json.getString(partyPath(Api.ORG_SI_ADDICTION) + ".signature.sha256"));
        assertEquals(version, json.getInt(partyPath(Api.ORG_SI_ADDICTION) + ".signature.versionNumber"));
        assertNull(json.get(partyPath(Api.ORG_SI_WELFARE) + ".signature"));
        assertEquals(List.of(), json.getList("signableFor"), "addiction.si signed what they may sign");
        assertEquals(
                List.of(Api.ORG_SI_WELFARE.toString()),
                get(Api.WELFARE_SI, id).jsonPath().getList("signableFor"));

        List<Map<String, Object>> stored = rows("""
                select s.organisation_id, s.signed_by, s.signed_at, s.version_number, s.sha256 as signature_hash,
                       v.sha256 as version_hash,
                       encode(sha256(convert_to(v.content, 'UTF8')), 'hex') as content_hash, v.content
                from agreement_signature s
                join agreement_version v on v.agreement_id = s.agreement_id and v.number = s.version_number
                where s.agreement_id = ?
                """, id);
        assertEquals(1, stored.size());
        Map<String, Object> row = stored.get(0);
        assertEquals(Api.ORG_SI_ADDICTION.toString(), row.get("organisation_id"));
        assertEquals(Api.userId(Api.ADDICTION_SI).toString(), row.get("signed_by"));
        assertEquals(String.valueOf(version), row.get("version_number"));
        assertEquals(versionHash, row.get("signature_hash"));
        assertEquals(versionHash, row.get("version_hash"));
        assertEquals(versionHash, row.get("content_hash"), "the hash covers exactly the stored canonical text");
        assertEquals(versionHash, AgreementVersions.sha256((String) row.get("content")));
        Instant signedAt = Instant.parse(json.getString(partyPath(Api.ORG_SI_ADDICTION) + ".signature.signedAt"));
        assertTrue(signedAt.isAfter(before) && signedAt.isBefore(Instant.now().plusSeconds(5)), signedAt.toString());
        assertTrue(((String) row.get("content")).contains("Hash čšž"), "the canonical text holds the title");
        assertEquals(1, audits("AGREEMENT_SIGNED_BY_PARTY", id));
        assertEquals(0, audits("AGREEMENT_BINDING", id));
    }

    @Test
    void shouldRefuseASignatoryOfOnePartySigningForAnother() {
        UUID id = AgreementFixtures.readyForSignature(uniqueTitle("Wrong party"));
        int version = get(Api.ADDICTION_SI, id).jsonPath().getInt("currentVersion");
        var before = stored(id);

        Response refused = sign(Api.ADDICTION_SI, id, Api.ORG_SI_WELFARE, version);

        assertProblem(refused, 403, "not_signatory");
        assertEquals(before, stored(id), "nothing written");
        assertEquals(0, validSignatures(id));
        Db.awaitCount(
                1,
                "select count(*) from audit_event where action = 'AGREEMENT_SIGN_REFUSED' and outcome = 'DENIED'"
                        + " and object_id = ? and actor_id = ?",
                id.toString(),
                Api.userId(Api.ADDICTION_SI));
        assertEquals("READY_FOR_SIGNATURE", get(Api.ADDICTION_SI, id).jsonPath().getString("status"));
    }

    @Test
    void shouldRefuseMembersAndCoordinatorsWhoAreNotThePartysSignatory() {
        UUID id = AgreementFixtures.readyForSignature(uniqueTitle("Not signatory"));
        int version = get(Api.ADDICTION_SI, id).jsonPath().getInt("currentVersion");
        var before = stored(id);
        Map<String, Object> body = Map.of("organisationId", Api.ORG_SI_ADDICTION.toString(), "versionNumber", version);

        JsonPath asMember = AgreementFixtures.asSecondAddictionProfessional()
                .get(path(id))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(), asMember.getList("signableFor"), "a member reads the agreement but may sign nothing");
        assertProblem(
                AgreementFixtures.asSecondAddictionProfessional().body(body).post(path(id) + "/sign"),
                403,
                "not_signatory");
        assertProblem(Api.as(Api.COORDINATOR_SI).body(body).post(path(id) + "/sign"), 403, "not_signatory");
        assertProblem(
                Api.as(Api.COORDINATOR_SI)
                        .body(Map.of("organisationId", Api.ORG_SI_WELFARE.toString(), "versionNumber", version))
                        .post(path(id) + "/sign"),
                403,
                "not_signatory");

        assertEquals(before, stored(id), "nothing written");
        assertEquals(0, validSignatures(id));
    }

    @Test
    void shouldRefuseSigningTwice() {
        UUID id = AgreementFixtures.readyForSignature(uniqueTitle("Twice"));
        int version = get(Api.ADDICTION_SI, id).jsonPath().getInt("currentVersion");
        assertEquals(
                200, sign(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, version).statusCode());
        var before = stored(id);

        assertProblem(
                AgreementFixtures.signRefused(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, version),
                409,
                "already_signed");

        assertEquals(before, stored(id));
        assertEquals(1, validSignatures(id));
        assertEquals(1, audits("AGREEMENT_SIGNED_BY_PARTY", id));
    }

    @Test
    void shouldFreezeTheSignedVersionAgainstEveryWrite() throws Exception {
        UUID id = AgreementFixtures.readyForSignature(uniqueTitle("Frozen"));
        int version = get(Api.ADDICTION_SI, id).jsonPath().getInt("currentVersion");
        assertEquals(200, sign(Api.WELFARE_SI, id, Api.ORG_SI_WELFARE, version).statusCode());
        Response signed = sign(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, version);

        assertEquals("SIGNED", signed.jsonPath().getString("status"));
        assertEquals(version, signed.jsonPath().getInt("signedVersion"));
        assertNotNull(signed.jsonPath().getString("signedAt"));
        assertEquals(1, audits("AGREEMENT_BINDING", id));
        assertEquals(2, validSignatures(id));

        String etag = signed.header("ETag");
        String section = signed.jsonPath().getString("sections[0].id");
        List<String> order = new ArrayList<>(AgreementFixtures.sectionIds(signed.jsonPath()));
        java.util.Collections.reverse(order);
        var before = stored(id);
        List<Response> writes = List.of(
                conflicting(Api.ADDICTION_SI)
                        .header("If-Match", etag)
                        .body(Map.of("title", "Changed after signing", "referralResponseDays", 3))
                        .put(path(id)),
                conflicting(Api.ADDICTION_SI)
                        .header("If-Match", etag)
                        .body(Map.of("title", "T", "body", "Changed after signing"))
                        .put(path(id) + "/sections/" + section),
                conflicting(Api.COORDINATOR_SI)
                        .header("If-Match", etag)
                        .body(Map.of("title", "New", "body", "Added after signing"))
                        .post(path(id) + "/sections"),
                conflicting(Api.COORDINATOR_SI).header("If-Match", etag).delete(path(id) + "/sections/" + section),
                conflicting(Api.WELFARE_SI)
                        .header("If-Match", etag)
                        .body(Map.of("sectionIds", order))
                        .put(path(id) + "/section-order"),
                conflicting(Api.WELFARE_SI)
                        .header("If-Match", etag)
                        .body(AgreementFixtures.party("Changed contact", Api.userId(Api.WELFARE_SI)))
                        .put(path(id) + "/parties/" + Api.ORG_SI_WELFARE),
                conflicting(Api.COORDINATOR_SI)
                        .header("If-Match", etag)
                        .body(AgreementFixtures.party("New party", null))
                        .put(path(id) + "/parties/" + AgreementFixtures.ORG_SI_SCHOOL),
                conflicting(Api.COORDINATOR_SI)
                        .header("If-Match", etag)
                        .delete(path(id) + "/parties/" + Api.ORG_SI_WELFARE),
                AgreementFixtures.signRefused(Api.WELFARE_SI, id, Api.ORG_SI_WELFARE, version));
        for (int i = 0; i < writes.size() - 1; i++) {
            assertProblem(writes.get(i), 409, "agreement_frozen");
        }
        assertProblem(writes.get(writes.size() - 1), 409, "illegal_transition");

        assertEquals(before, stored(id), "the database is unchanged");
        assertEquals(etag, get(Api.ADDICTION_SI, id).header("ETag"));

        // the version rows themselves cannot change, not even by SQL
        String content = Db.string(
                        "select content from agreement_version where agreement_id = ? and number = ?", id, version)
                .orElseThrow();
        SQLException refused = assertThrows(
                SQLException.class,
                () -> Db.execute(
                        "update agreement_version set content = ? where agreement_id = ? and number = ?",
                        content.replace("Frozen", "Forged"),
                        id,
                        version));
        assertTrue(refused.getMessage().contains("agreement versions never change"), refused.getMessage());
        assertEquals(before, stored(id));

        // implementing it does not change the signed text either
        AgreementFixtures.actOk(Api.COORDINATOR_SI, id, "activate", "ACTIVE");
        assertEquals(before.get(3), stored(id).get(3), "versions");
        assertEquals(before.get(1), stored(id).get(1), "sections");
        assertEquals(before.get(2), stored(id).get(2), "parties");
        assertProblem(
                conflicting(Api.ADDICTION_SI)
                        .header("If-Match", get(Api.ADDICTION_SI, id).header("ETag"))
                        .body(Map.of("title", "T", "body", "Changed while active"))
                        .put(path(id) + "/sections/" + section),
                409,
                "agreement_frozen");
        assertEquals(before.get(1), stored(id).get(1), "sections");
    }

    @Test
    void shouldBecomeSignedExactlyOnceWhenTheLastTwoPartiesSignConcurrently() throws Exception {
        String addictionToken = Api.token(Api.ADDICTION_SI);
        String welfareToken = Api.token(Api.WELFARE_SI);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                UUID id = AgreementFixtures.readyForSignature(uniqueTitle("Race " + round));
                int version = get(Api.ADDICTION_SI, id).jsonPath().getInt("currentVersion");
                CountDownLatch start = new CountDownLatch(1);
                Future<Response> addiction =
                        pool.submit(() -> signRaw(start, addictionToken, id, Api.ORG_SI_ADDICTION, version));
                Future<Response> welfare =
                        pool.submit(() -> signRaw(start, welfareToken, id, Api.ORG_SI_WELFARE, version));
                start.countDown();
                Response a = addiction.get(30, TimeUnit.SECONDS);
                Response w = welfare.get(30, TimeUnit.SECONDS);

                assertEquals(200, a.statusCode(), "round " + round + ": " + a.asString());
                assertEquals(200, w.statusCode(), "round " + round + ": " + w.asString());
                assertEquals(
                        1,
                        List.of(a.jsonPath().getString("status"), w.jsonPath().getString("status")).stream()
                                .filter("SIGNED"::equals)
                                .count(),
                        "exactly one of the two signatures completes it");
                JsonPath after = get(Api.COORDINATOR_SI, id).jsonPath();
                assertEquals("SIGNED", after.getString("status"), "round " + round);
                assertEquals(version, after.getInt("signedVersion"));
                assertEquals(1, audits("AGREEMENT_BINDING", id), "round " + round);
                assertEquals(2, audits("AGREEMENT_SIGNED_BY_PARTY", id), "round " + round);
                assertEquals(2, validSignatures(id), "round " + round);
                String hash = Db.string(
                                "select sha256 from agreement_version where agreement_id = ? and number = ?",
                                id,
                                version)
                        .orElseThrow();
                assertEquals(
                        2,
                        Db.count(
                                "select count(*) from agreement_signature where agreement_id = ? and version_number = ?"
                                        + " and sha256 = ? and voided_at is null",
                                id,
                                version,
                                hash));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response signRaw(CountDownLatch start, String token, UUID id, UUID organisation, int version)
            throws InterruptedException {
        start.await();
        return io.restassured.RestAssured.given()
                .contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + token)
                .body(Map.of("organisationId", organisation.toString(), "versionNumber", version))
                .post(path(id) + "/sign");
    }

    @Test
    void shouldKeepTheSignedVersionUnchangedThroughImplementationAndRenewal() {
        UUID id = AgreementFixtures.signed(uniqueTitle("Stable"));
        String versions = "select * from agreement_version where agreement_id = ? order by number";
        var signedVersions = rows(versions, id);
        var signatures = rows("select * from agreement_signature where agreement_id = ? order by id", id);

        AgreementFixtures.actOk(Api.COORDINATOR_SI, id, "activate", "ACTIVE");
        AgreementFixtures.actOk(Api.COORDINATOR_SI, id, "review", "UNDER_REVIEW");
        UUID successor = UUID.fromString(AgreementFixtures.actOk(Api.COORDINATOR_SI, id, "renew", "RENEWED")
                .jsonPath()
                .getString("successorId"));
        AgreementFixtures.updateSection(
                Api.ADDICTION_SI,
                successor,
                get(Api.ADDICTION_SI, successor).jsonPath().getString("sections[0].id"),
                "Renewed goals",
                "The renewal's own text.");

        assertEquals(signedVersions, rows(versions, id));
        assertEquals(signatures, rows("select * from agreement_signature where agreement_id = ? order by id", id));
        assertEquals(0, AgreementFixtures.versions(successor), "the successor is a draft of its own");
    }
}
