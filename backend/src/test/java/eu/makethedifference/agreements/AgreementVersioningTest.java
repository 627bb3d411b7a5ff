package eu.makethedifference.agreements;

import static eu.makethedifference.agreements.AgreementFixtures.etag;
import static eu.makethedifference.agreements.AgreementFixtures.get;
import static eu.makethedifference.agreements.AgreementFixtures.path;
import static eu.makethedifference.agreements.AgreementFixtures.sign;
import static eu.makethedifference.agreements.AgreementFixtures.stored;
import static eu.makethedifference.agreements.AgreementFixtures.uniqueTitle;
import static eu.makethedifference.agreements.AgreementFixtures.updateSection;
import static eu.makethedifference.agreements.AgreementFixtures.versions;
import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class AgreementVersioningTest {

    private static Response version(UUID id, int number) {
        Response r = Api.as(Api.WELFARE_SI).get(path(id) + "/versions/" + number);
        assertEquals(200, r.statusCode(), r.asString());
        return r;
    }

    private static JsonPath diff(UUID id, int number, int against) {
        Response r = Api.as(Api.COORDINATOR_SI)
                .queryParam("against", against)
                .get(path(id) + "/versions/" + number + "/diff");
        assertEquals(200, r.statusCode(), r.asString());
        assertEquals(number, r.jsonPath().getInt("to"));
        assertEquals(against, r.jsonPath().getInt("from"));
        return r.jsonPath();
    }

    /** sectionId → change of a diff. */
    private static Map<String, String> changes(JsonPath diff) {
        Map<String, String> out = new HashMap<>();
        List<Map<String, Object>> sections = diff.getList("sections");
        for (Map<String, Object> s : sections) {
            assertNull(out.put((String) s.get("sectionId"), (String) s.get("change")), "each section once");
        }
        return out;
    }

    private static Map<String, Object> change(JsonPath diff, String sectionId) {
        List<Map<String, Object>> sections = diff.getList("sections");
        return sections.stream()
                .filter(s -> sectionId.equals(s.get("sectionId")))
                .findFirst()
                .orElseThrow();
    }

    private static Response reorder(String caller, UUID id, String etag, List<String> order) {
        return Api.as(caller)
                .header("If-Match", etag)
                .body(Map.of("sectionIds", order))
                .put(path(id) + "/section-order");
    }

    @Test
    void shouldCreateNoVersionWhileADraftIsEdited() {
        UUID id = AgreementFixtures.bridgingDraft(uniqueTitle("Draft edits"));
        JsonPath draft = get(Api.ADDICTION_SI, id).jsonPath();

        updateSection(Api.ADDICTION_SI, id, draft.getString("sections[0].id"), "Cilji", "Novo besedilo.");
        Response added = Api.as(Api.WELFARE_SI)
                .header("If-Match", etag(Api.WELFARE_SI, id))
                .body(Map.of("title", "Dodatno", "body", "Dodatni člen."))
                .post(path(id) + "/sections");
        assertEquals(200, added.statusCode(), added.asString());

        assertEquals(0, added.jsonPath().getInt("currentVersion"));
        assertEquals(0, versions(id));
        Response list = Api.as(Api.ADDICTION_SI).get(path(id) + "/versions");
        assertEquals(200, list.statusCode(), list.asString());
        assertEquals(List.of(), list.jsonPath().getList("$"));
        assertEquals(12, added.jsonPath().getList("sections").size());
        assertEquals("Dodatno", added.jsonPath().getString("sections[11].title"));
        assertEquals(12, added.jsonPath().getInt("sections[11].position"));
    }

    @Test
    void shouldNumberEachChangeInNegotiationAndKeepEveryVersionReadable() {
        UUID id = AgreementFixtures.inNegotiation(uniqueTitle("Versions"));
        JsonPath v1 = get(Api.ADDICTION_SI, id).jsonPath();
        String first = v1.getString("sections[0].id");
        String originalBody = v1.getString("sections[0].body");

        Response changed = updateSection(Api.WELFARE_SI, id, first, "Cilji in namen", "Spremenjeno besedilo č š ž.");
        assertEquals(2, changed.jsonPath().getInt("currentVersion"));
        Response added = Api.as(Api.COORDINATOR_SI)
                .header("If-Match", changed.header("ETag"))
                .body(Map.of("title", "Prostori", "body", "Srečanja so izmenično pri partnerjih."))
                .post(path(id) + "/sections");
        assertEquals(200, added.statusCode(), added.asString());
        assertEquals(3, added.jsonPath().getInt("currentVersion"));
        Response retitled = Api.as(Api.ADDICTION_SI)
                .header("If-Match", added.header("ETag"))
                .body(Map.of("title", "Novi naslov " + id, "referralResponseDays", 7, "reviewDate", "2027-06-30"))
                .put(path(id));
        assertEquals(200, retitled.statusCode(), retitled.asString());
        assertEquals(4, retitled.jsonPath().getInt("currentVersion"));

        Response list = Api.as(Api.ADDICTION_SI).get(path(id) + "/versions");
        assertEquals(200, list.statusCode(), list.asString());
        assertEquals(List.of(4, 3, 2, 1), list.jsonPath().getList("number"));
        assertEquals(
                List.of(
                        "Title, response time or review date changed",
                        "Section added: Prostori",
                        "Section changed: Cilji in namen",
                        "Negotiation started"),
                list.jsonPath().getList("reason"));
        assertEquals(4, list.jsonPath().getList("sha256").stream().distinct().count(), "each version its own hash");
        assertEquals(4, versions(id));

        JsonPath version1 = version(id, 1).jsonPath();
        assertEquals(originalBody, version1.getString("sections[0].body"));
        assertEquals(11, version1.getList("sections").size());
        assertEquals(10, version1.getInt("referralResponseDays"));
        JsonPath version2 = version(id, 2).jsonPath();
        assertEquals("Cilji in namen", version2.getString("sections[0].title"));
        assertEquals("Spremenjeno besedilo č š ž.", version2.getString("sections[0].body"));
        assertEquals(11, version2.getList("sections").size());
        JsonPath version3 = version(id, 3).jsonPath();
        assertEquals(12, version3.getList("sections").size());
        assertEquals("Prostori", version3.getString("sections[11].title"));
        JsonPath version4 = version(id, 4).jsonPath();
        assertEquals("Novi naslov " + id, version4.getString("title"));
        assertEquals(7, version4.getInt("referralResponseDays"));
        assertEquals("2027-06-30", version4.getString("reviewDate"));
        assertEquals(v1.getString("title"), version1.getString("title"));
        assertEquals(
                List.of(Api.ORG_SI_ADDICTION.toString(), Api.ORG_SI_WELFARE.toString()).stream()
                        .sorted()
                        .toList(),
                version1.getList("parties.organisationId", String.class).stream()
                        .sorted()
                        .toList());

        assertProblem(Api.as(Api.ADDICTION_SI).get(path(id) + "/versions/5"), 404, "not_found");
    }

    @Test
    void shouldDiffTwoVersionsSectionBySection() {
        UUID id = AgreementFixtures.inNegotiation(uniqueTitle("Diff"));
        JsonPath v1 = get(Api.ADDICTION_SI, id).jsonPath();
        List<String> s = AgreementFixtures.sectionIds(v1);

        // v2: section 1 changed
        updateSection(Api.ADDICTION_SI, id, s.get(0), v1.getString("sections[0].title"), "Nov prvi člen.");
        // v3: a section added at the end (position 12)
        Response added = Api.as(Api.ADDICTION_SI)
                .header("If-Match", etag(Api.ADDICTION_SI, id))
                .body(Map.of("title", "Nov člen", "body", "Dodano."))
                .post(path(id) + "/sections");
        assertEquals(200, added.statusCode(), added.asString());
        String addedId = added.jsonPath().getString("sections[11].id");
        // v4: the last template section (position 11) removed; the added one moves up to 11
        Response removed = Api.as(Api.ADDICTION_SI)
                .header("If-Match", added.header("ETag"))
                .delete(path(id) + "/sections/" + s.get(10));
        assertEquals(200, removed.statusCode(), removed.asString());
        assertEquals(4, removed.jsonPath().getInt("currentVersion"));
        // v5: sections 2 and 3 swapped
        List<String> order = new ArrayList<>(AgreementFixtures.sectionIds(removed.jsonPath()));
        order.set(1, s.get(2));
        order.set(2, s.get(1));
        Response reordered = reorder(Api.ADDICTION_SI, id, removed.header("ETag"), order);
        assertEquals(200, reordered.statusCode(), reordered.asString());
        assertEquals(5, reordered.jsonPath().getInt("currentVersion"));
        assertEquals(order, AgreementFixtures.sectionIds(reordered.jsonPath()));

        Map<String, String> d21 = changes(diff(id, 2, 1));
        assertEquals("CHANGED", d21.get(s.get(0)));
        assertEquals(10, d21.values().stream().filter("UNCHANGED"::equals).count(), d21.toString());
        Map<String, Object> c = change(diff(id, 2, 1), s.get(0));
        assertEquals(v1.getString("sections[0].body"), c.get("bodyBefore"));
        assertEquals("Nov prvi člen.", c.get("bodyAfter"));

        JsonPath diff32 = diff(id, 3, 2);
        Map<String, String> d32 = changes(diff32);
        assertEquals("ADDED", d32.get(addedId));
        assertNull(change(diff32, addedId).get("positionBefore"));
        assertEquals(12, change(diff32, addedId).get("positionAfter"));
        assertEquals(11, d32.values().stream().filter("UNCHANGED"::equals).count(), d32.toString());

        JsonPath diff43 = diff(id, 4, 3);
        Map<String, String> d43 = changes(diff43);
        assertEquals("REMOVED", d43.get(s.get(10)));
        assertEquals(11, change(diff43, s.get(10)).get("positionBefore"));
        assertNull(change(diff43, s.get(10)).get("positionAfter"));
        assertEquals("MOVED", d43.get(addedId));
        assertEquals(12, change(diff43, addedId).get("positionBefore"));
        assertEquals(11, change(diff43, addedId).get("positionAfter"));
        assertEquals(10, d43.values().stream().filter("UNCHANGED"::equals).count(), d43.toString());

        JsonPath diff54 = diff(id, 5, 4);
        Map<String, String> d54 = changes(diff54);
        assertEquals("MOVED", d54.get(s.get(1)));
        assertEquals("MOVED", d54.get(s.get(2)));
        assertEquals(2, change(diff54, s.get(1)).get("positionBefore"));
        assertEquals(3, change(diff54, s.get(1)).get("positionAfter"));
        assertEquals(9, d54.values().stream().filter("UNCHANGED"::equals).count(), d54.toString());

        JsonPath diff51 = diff(id, 5, 1);
        Map<String, String> d51 = changes(diff51);
        assertEquals("CHANGED", d51.get(s.get(0)));
        assertEquals("MOVED", d51.get(s.get(1)));
        assertEquals("MOVED", d51.get(s.get(2)));
        assertEquals("REMOVED", d51.get(s.get(10)));
        assertEquals("ADDED", d51.get(addedId));
        for (int i = 3; i < 10; i++) {
            assertEquals("UNCHANGED", d51.get(s.get(i)), "section " + (i + 1));
        }
        assertEquals(12, d51.size());
        assertFalse(diff51.getBoolean("titleChanged"));
        assertFalse(diff51.getBoolean("partiesChanged"));

        // a party change shows in the diff too
        AgreementFixtures.putParty(Api.ADDICTION_SI, id, AgreementFixtures.ORG_SI_SCHOOL, null);
        JsonPath diff65 = diff(id, 6, 5);
        assertTrue(diff65.getBoolean("partiesChanged"));
        assertEquals(
                11,
                changes(diff65).values().stream().filter("UNCHANGED"::equals).count());
    }

    @Test
    void shouldVoidTheSignaturesWhenTheTextChangesWhileReadyForSignature() {
        UUID id = AgreementFixtures.readyForSignature(uniqueTitle("Void"));
        JsonPath ready = get(Api.ADDICTION_SI, id).jsonPath();
        int signedVersion = ready.getInt("currentVersion");
        Response signedByOne = sign(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, signedVersion);
        assertEquals(200, signedByOne.statusCode(), signedByOne.asString());
        assertEquals(List.of(), signedByOne.jsonPath().getList("voidedSignatures"));

        Response edited = updateSection(
                Api.WELFARE_SI, id, ready.getString("sections[5].id"), "Postopek", "Odziv v 5 delovnih dneh.");

        JsonPath after = edited.jsonPath();
        assertEquals("READY_FOR_SIGNATURE", after.getString("status"));
        assertEquals(signedVersion + 1, after.getInt("currentVersion"));
        assertEquals(signedVersion + 1, versions(id));
        List<Map<String, Object>> voided = after.getList("voidedSignatures");
        assertEquals(1, voided.size(), voided.toString());
        assertEquals(Api.ORG_SI_ADDICTION.toString(), voided.get(0).get("organisationId"));
        assertEquals(signedVersion, voided.get(0).get("versionNumber"));
        assertNotNull(voided.get(0).get("voidedAt"));
        assertEquals("Petra Kovač", voided.get(0).get("signedByName"));
        assertEquals(
                "The text changed in version " + (signedVersion + 1) + ": Section changed: Postopek",
                voided.get(0).get("reason"));
        assertTrue(
                after.getList("parties.signature").stream().allMatch(java.util.Objects::isNull),
                "no valid signature left");
        assertEquals(
                1,
                AgreementFixtures.rows(
                                "select * from agreement_signature where agreement_id = ? and voided_at is not null",
                                id)
                        .size());

        // the old version can no longer be signed; the new one can
        var before = stored(id);
        assertProblem(
                AgreementFixtures.signRefused(Api.WELFARE_SI, id, Api.ORG_SI_WELFARE, signedVersion),
                409,
                "version_changed");
        assertEquals(before, stored(id));
        Response again = sign(Api.ADDICTION_SI, id, Api.ORG_SI_ADDICTION, signedVersion + 1);
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals(
                signedVersion + 1,
                again.jsonPath()
                        .getInt("parties.find { it.organisationId == '" + Api.ORG_SI_ADDICTION
                                + "' }.signature.versionNumber"));
        Response both = sign(Api.WELFARE_SI, id, Api.ORG_SI_WELFARE, signedVersion + 1);
        assertEquals("SIGNED", both.jsonPath().getString("status"));
        assertEquals(signedVersion + 1, both.jsonPath().getInt("signedVersion"));
    }

    @Test
    void shouldVoidTheSignaturesWhenReopened() {
        UUID id = AgreementFixtures.readyForSignature(uniqueTitle("Reopen voids"));
        int version = get(Api.ADDICTION_SI, id).jsonPath().getInt("currentVersion");
        assertEquals(200, sign(Api.WELFARE_SI, id, Api.ORG_SI_WELFARE, version).statusCode());

        Response reopened = AgreementFixtures.actOk(Api.COORDINATOR_SI, id, "reopen", "NEGOTIATION");

        assertEquals(1, reopened.jsonPath().getList("voidedSignatures").size());
        assertEquals("Reopened for negotiation", reopened.jsonPath().getString("voidedSignatures[0].reason"));
    }

    @Test
    void shouldRequireEverySectionExactlyOnceToReorder() {
        UUID id = AgreementFixtures.inNegotiation(uniqueTitle("Reorder"));
        Response current = get(Api.ADDICTION_SI, id);
        List<String> ids = AgreementFixtures.sectionIds(current.jsonPath());
        var before = stored(id);

        List<String> missing = new ArrayList<>(ids.subList(1, ids.size()));
        List<String> duplicate = new ArrayList<>(ids);
        duplicate.set(10, ids.get(0));
        List<String> extra = new ArrayList<>(ids);
        extra.add(UUID.randomUUID().toString());
        List<String> foreign = new ArrayList<>(ids);
        foreign.set(
                0,
                AgreementFixtures.sectionIds(
                                get(Api.ADDICTION_SI, AgreementFixtures.bridgingDraft(uniqueTitle("Other")))
                                        .jsonPath())
                        .get(0));
        for (List<String> order : List.of(missing, duplicate, extra, foreign)) {
            assertFieldProblem(
                    reorder(Api.ADDICTION_SI, id, current.header("ETag"), order),
                    400,
                    "validation_failed",
                    "sectionIds");
        }

        assertEquals(before, stored(id), "nothing changed");
        assertEquals(current.header("ETag"), etag(Api.ADDICTION_SI, id));
        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        Response ok = reorder(Api.ADDICTION_SI, id, current.header("ETag"), reversed);
        assertEquals(200, ok.statusCode(), ok.asString());
        assertEquals(reversed, AgreementFixtures.sectionIds(ok.jsonPath()));
        assertEquals("Sections reordered", version(id, 2).jsonPath().getString("reason"));
    }

    @Test
    void shouldRequireACurrentIfMatchForEveryTextChange() {
        UUID id = AgreementFixtures.inNegotiation(uniqueTitle("If-Match"));
        Response current = get(Api.ADDICTION_SI, id);
        String section = current.jsonPath().getString("sections[0].id");
        String stale = "\"" + (current.jsonPath().getInt("version") - 1) + "\"";
        var before = stored(id);
        Map<String, Object> sectionBody = Map.of("title", "T", "body", "B");

        // missing If-Match: the contract requires it, so the request itself is not validated
        assertProblem(
                Api.responseOnly(Api.ADDICTION_SI).body(sectionBody).put(path(id) + "/sections/" + section),
                428,
                "precondition_required");
        assertProblem(
                Api.responseOnly(Api.ADDICTION_SI)
                        .body(Map.of("title", "X", "referralResponseDays", 5))
                        .put(path(id)),
                428,
                "precondition_required");
        assertProblem(
                Api.responseOnly(Api.ADDICTION_SI).delete(path(id) + "/sections/" + section),
                428,
                "precondition_required");
        assertProblem(
                Api.as(Api.ADDICTION_SI)
                        .header("If-Match", stale)
                        .body(sectionBody)
                        .put(path(id) + "/sections/" + section),
                412,
                "precondition_failed");
        assertProblem(
                Api.as(Api.ADDICTION_SI)
                        .header("If-Match", stale)
                        .body(sectionBody)
                        .post(path(id) + "/sections"),
                412,
                "precondition_failed");
        assertProblem(
                reorder(Api.ADDICTION_SI, id, stale, AgreementFixtures.sectionIds(current.jsonPath())),
                412,
                "precondition_failed");
        assertProblem(
                Api.as(Api.ADDICTION_SI)
                        .header("If-Match", stale)
                        .body(AgreementFixtures.party("Someone", null))
                        .put(path(id) + "/parties/" + AgreementFixtures.ORG_SI_SCHOOL),
                412,
                "precondition_failed");

        assertEquals(before, stored(id), "nothing changed");
        assertEquals(current.header("ETag"), etag(Api.ADDICTION_SI, id));
        assertNotEquals(current.header("ETag"), stale);
    }
}
