package eu.makethedifference.trainings;

import static eu.makethedifference.support.Problems.assertFieldProblem;
import static eu.makethedifference.support.Problems.assertProblem;
import static eu.makethedifference.trainings.TrainingFixtures.TRAINER_SI;
import static eu.makethedifference.trainings.TrainingFixtures.attendance;
import static eu.makethedifference.trainings.TrainingFixtures.audits;
import static eu.makethedifference.trainings.TrainingFixtures.enrolled;
import static eu.makethedifference.trainings.TrainingFixtures.enrolmentPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.common.rest.RateLimitFilter;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import eu.makethedifference.support.SeededUsers;
import eu.makethedifference.support.SeededUsers.Person;
import eu.makethedifference.trainings.TrainingFixtures.Plan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certificates: a PDF for the participant and the region's coordinators, a public check of the code that
 * reveals only name, training and validity, and revocation by a coordinator.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class CertificateTest {
    private static final String CERTIFICATES = "/api/v1/certificates/";

    @Inject
    RateLimitFilter rateLimit;

    /** Public verification counts requests per address; every test starts and leaves with a clean count. */
    @BeforeEach
    @AfterEach
    void forgetRequestCounts() {
        rateLimit.reset();
    }

    /** A completed joint seminar: one participant attended and holds a certificate, one did not come. */
    private static final class Completed {
        final Plan plan = Plan.seminar().held().balance(100).trainers(Api.userId(TRAINER_SI));
        final UUID training = TrainingFixtures.published(plan);
        final Person holder = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_ADDICTION);
        final Person absent = SeededUsers.professional(Api.REGION_SI, Api.ORG_SI_WELFARE);
        final UUID holderEnrolment = enrolled(training, holder.id(), "CONFIRMED");
        final UUID absentEnrolment = enrolled(training, absent.id(), "CONFIRMED");
        final String code;

        Completed() {
            for (UUID session : TrainingFixtures.sessionIds(training)) {
                Response r = attendance(Api.as(TRAINER_SI), training, session, holderEnrolment, true);
                assertEquals(200, r.statusCode(), r.asString());
            }
            Response completed = TrainingFixtures.complete(Api.as(Api.COORDINATOR_SI), training);
            assertEquals(200, completed.statusCode(), completed.asString());
            code = holder.api().get(enrolmentPath(holderEnrolment)).jsonPath().getString("certificateCode");
            assertNotNull(code);
        }
    }

    private static Response pdf(RequestSpecification spec, UUID enrolment) {
        return spec.accept("application/pdf, application/problem+json").get(enrolmentPath(enrolment) + "/certificate");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Response verify(String code) {
        return Api.anonymous().get(CERTIFICATES + code);
    }

    @Test
    void shouldGiveTheParticipantTheirCertificateAsPdf() throws IOException {
        Completed c = new Completed();

        Response response = pdf(c.holder.api(), c.holderEnrolment);

        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/pdf"), response.contentType());
        assertTrue(
                response.header("Content-Disposition").contains("certificate-" + c.holderEnrolment + ".pdf"),
                response.header("Content-Disposition"));
        byte[] bytes = response.asByteArray();
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        String text = text(bytes);
        assertTrue(text.contains(c.holder.displayName()), text);
        assertTrue(text.contains(c.plan.title()), text);
        assertTrue(text.contains(c.code), text);
        assertEquals(1, audits("CERTIFICATE_DOWNLOADED", c.holderEnrolment));

        Response forCoordinator = pdf(Api.as(Api.COORDINATOR_SI), c.holderEnrolment);
        assertEquals(200, forCoordinator.statusCode(), forCoordinator.asString());
        assertEquals("%PDF", new String(forCoordinator.asByteArray(), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void shouldKeepACertificateFromEveryoneElse() {
        Completed c = new Completed();

        assertProblem(pdf(c.absent.api(), c.holderEnrolment), 404, "not_found");
        assertProblem(pdf(Api.as(TRAINER_SI), c.holderEnrolment), 404, "not_found");
        assertProblem(pdf(Api.as(Api.COORDINATOR_DE), c.holderEnrolment), 404, "not_found");
        assertProblem(pdf(Api.as(Api.MENTOR_SI), c.holderEnrolment), 404, "not_found");
        assertProblem(pdf(Api.as(Api.COORDINATOR_SI), UUID.randomUUID()), 404, "not_found");
        assertProblem(pdf(Api.responseOnly(null), c.holderEnrolment), 401, "unauthenticated");
        assertEquals(0, audits("CERTIFICATE_DOWNLOADED", c.holderEnrolment));
    }

    @Test
    void shouldAnswerNoCertificateForSomeoneWhoDidNotAttend() {
        Completed c = new Completed();

        assertProblem(pdf(c.absent.api(), c.absentEnrolment), 404, "no_certificate");
        assertProblem(pdf(Api.as(Api.COORDINATOR_SI), c.absentEnrolment), 404, "no_certificate");
    }

    @Test
    void shouldVerifyACodeWithoutLoginAndRevealOnlyNameAndTraining() {
        Completed c = new Completed();

        Response response = verify(c.code);

        assertEquals(200, response.statusCode(), response.asString());
        JsonPath json = response.jsonPath();
        assertEquals(
                Set.of("code", "valid", "participantName", "trainingTitle", "trainingKind", "completedAt"),
                json.getMap("").keySet());
        assertEquals(c.code, json.getString("code"));
        assertTrue(json.getBoolean("valid"));
        assertEquals(c.holder.displayName(), json.getString("participantName"));
        assertEquals(c.plan.title(), json.getString("trainingTitle"));
        assertEquals("JOINT_SEMINAR", json.getString("trainingKind"));
        assertFalse(response.asString().contains(c.holder.email()));
        assertFalse(response.asString().contains(c.holder.id().toString()));

        String plain = c.code.replace("-", "");
        for (String variant : List.of(c.code.toLowerCase(Locale.ROOT), plain, plain.toLowerCase(Locale.ROOT))) {
            Response same = verify(variant);
            assertEquals(200, same.statusCode(), variant + ": " + same.asString());
            assertEquals(c.code, same.jsonPath().getString("code"), variant);
        }
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownCode() {
        assertProblem(verify("ABCD-EFGH-JKMN"), 404, "not_found");
        assertProblem(verify("ABCDEFGHJKMN"), 404, "not_found");
        assertProblem(verify("0000-1111-IIII"), 404, "not_found");
    }

    @Test
    void shouldRevokeACertificateOnceAndShowItAsInvalid() {
        Completed c = new Completed();
        Map<String, String> reason = Map.of("reason", "Attendance was recorded for the wrong person");

        assertProblem(Api.as(Api.ADDICTION_SI).body(reason).post(CERTIFICATES + c.code + "/revoke"), 403, "forbidden");
        assertProblem(c.holder.api().body(reason).post(CERTIFICATES + c.code + "/revoke"), 403, "forbidden");
        assertProblem(
                Api.as(Api.COORDINATOR_DE).body(reason).post(CERTIFICATES + c.code + "/revoke"), 404, "not_found");
        assertFieldProblem(
                Api.raw(Api.COORDINATOR_SI).body(Map.of()).post(CERTIFICATES + c.code + "/revoke"),
                400,
                "validation_failed",
                "reason");
        assertTrue(verify(c.code).jsonPath().getBoolean("valid"), "still valid");

        Instant before = Instant.now().minusSeconds(5);
        Response revoked = Api.as(Api.COORDINATOR_SI)
                .body(reason)
                .post(CERTIFICATES + c.code.toLowerCase(Locale.ROOT) + "/revoke");

        assertEquals(200, revoked.statusCode(), revoked.asString());
        assertFalse(revoked.jsonPath().getBoolean("valid"));
        assertTrue(Instant.parse(revoked.jsonPath().getString("revokedAt")).isAfter(before));
        JsonPath check = verify(c.code).jsonPath();
        assertFalse(check.getBoolean("valid"));
        assertEquals(revoked.jsonPath().getString("revokedAt"), check.getString("revokedAt"));
        assertEquals(c.holder.displayName(), check.getString("participantName"));
        assertEquals(1, audits("CERTIFICATE_REVOKED", c.holderEnrolment));
        assertEquals(
                Api.userId(Api.COORDINATOR_SI).toString(),
                Db.string("select revoked_by from training_certificate where code = ?", c.code)
                        .orElseThrow());

        assertProblem(
                Api.as(Api.COORDINATOR_SI).body(reason).post(CERTIFICATES + c.code + "/revoke"),
                409,
                "certificate_revoked");
        assertEquals(1, audits("CERTIFICATE_REVOKED", c.holderEnrolment));
        assertProblem(pdf(c.holder.api(), c.holderEnrolment), 409, "certificate_revoked");
        JsonPath enrolment =
                c.holder.api().get(enrolmentPath(c.holderEnrolment)).jsonPath();
        assertNull(enrolment.get("certificateCode"));
        assertTrue(enrolment.getBoolean("certificateRevoked"));
    }

    @Test
    void shouldLimitVerificationsFromOneAddress() {
        Completed c = new Completed();
        rateLimit.reset();

        for (int i = 1; i <= 30; i++) {
            Response allowed = i % 2 == 0 ? verify(c.code) : verify("ABCD-EFGH-JKMN");
            assertTrue(allowed.statusCode() == 200 || allowed.statusCode() == 404, i + ": " + allowed.asString());
        }
        Response limited = verify(c.code);
        Response otherCode = verify("ZZZZ-YYYY-XXXX");

        assertProblem(limited, 429, "too_many_requests");
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertProblem(otherCode, 429, "too_many_requests");

        rateLimit.reset();
        assertEquals(200, verify(c.code).statusCode());
    }
}
