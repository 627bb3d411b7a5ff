package eu.makethedifference.agreements;

import static eu.makethedifference.agreements.AgreementFixtures.audits;
import static eu.makethedifference.agreements.AgreementFixtures.get;
import static eu.makethedifference.agreements.AgreementFixtures.path;
import static eu.makethedifference.agreements.AgreementFixtures.uniqueTitle;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class AgreementPdfTest {
    private static final String ADDICTION_SI_NAME = "Svetovalni center za odvisnosti Podravje";
    private static final String WELFARE_SI_NAME = "Center za socialno delo Podravje – enota Maribor";

    private static Response pdf(String caller, UUID id, int version) {
        return Api.as(caller)
                .accept("application/pdf, application/problem+json")
                .get(path(id) + "/versions/" + version + "/pdf");
    }

    /** The text of the PDF, whitespace collapsed (the layout wraps lines). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 1);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static long exports(UUID id, String email) {
        return Db.count(
                "select count(*) from audit_event where action = 'AGREEMENT_EXPORTED' and object_id = ? and actor_id = ?",
                id.toString(),
                Api.userId(email));
    }

    @Test
    void shouldExportASignedVersionWithItsPartiesSignaturesAndHash() throws IOException {
        String title = "Dogovor – čšž äöü " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = AgreementFixtures.signed(title);
        JsonPath agreement = get(Api.WELFARE_SI, id).jsonPath();
        int version = agreement.getInt("signedVersion");
        String hash = Api.as(Api.WELFARE_SI)
                .get(path(id) + "/versions/" + version)
                .jsonPath()
                .getString("sha256");

        Response response = pdf(Api.WELFARE_SI, id, version);

        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/pdf"), response.contentType());
        assertTrue(response.header("Content-Disposition").contains("agreement-" + id + "-v" + version + ".pdf"));
        byte[] bytes = response.asByteArray();
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String text = text(bytes);
        assertTrue(text.contains(title), "title with č, š, ž, ä, ö, ü: " + text);
        assertTrue(text.contains(ADDICTION_SI_NAME), text);
        assertTrue(text.contains(WELFARE_SI_NAME), text);
        assertTrue(text.contains("Petra Kovač") && text.contains("Luka Horvat"), "signatories: " + text);
        String compact = text.replace(" ", "");
        assertEquals(3, compact.split(hash, -1).length - 1, "the version's hash, and each of the two signatures' hash");
        assertTrue(text.contains(agreement.getString("sections[0].title")), text);
        assertEquals(1, exports(id, Api.WELFARE_SI));
        assertEquals(1, audits("AGREEMENT_EXPORTED", id));
    }

    @Test
    void shouldExportAVersionInNegotiationWithoutSignatures() throws IOException {
        UUID id = AgreementFixtures.inNegotiation(uniqueTitle("Osnutek Šolska ulica"));

        Response response = pdf(Api.COORDINATOR_SI, id, 1);

        assertEquals(200, response.statusCode(), response.asString());
        String text = text(response.asByteArray());
        assertTrue(text.contains("Osnutek Šolska ulica"), text);
        assertTrue(text.contains(ADDICTION_SI_NAME) && text.contains(WELFARE_SI_NAME), text);
        String hash = Db.string("select sha256 from agreement_version where agreement_id = ? and number = 1", id)
                .orElseThrow();
        assertTrue(text.replace(" ", "").contains(hash), text);
        assertEquals(1, exports(id, Api.COORDINATOR_SI));
        assertProblem(
                Api.as(Api.COORDINATOR_SI)
                        .accept("application/pdf, application/problem+json")
                        .get(path(id) + "/versions/2/pdf"),
                404,
                "not_found");
    }

    @Test
    void shouldHideTheExportFromOtherRegionsAndNonParties() {
        UUID id = AgreementFixtures.signed(uniqueTitle("Dogovor izvoz"));
        Response missing = pdf(Api.WELFARE_DE, UUID.randomUUID(), 1);

        Response foreign = pdf(Api.WELFARE_DE, id, 1);
        Response coordinatorDe = pdf(Api.COORDINATOR_DE, id, 1);
        Response nonParty = AgreementFixtures.asSchoolProfessional()
                .accept("application/pdf, application/problem+json")
                .get(path(id) + "/versions/1/pdf");

        for (Response r : java.util.List.of(foreign, coordinatorDe, nonParty)) {
            assertProblem(r, 404, "not_found");
            assertEquals(Problems.withoutInstance(missing), Problems.withoutInstance(r));
        }
        assertEquals(0, audits("AGREEMENT_EXPORTED", id), "nothing was exported");
        assertFalse(foreign.asString().contains("%PDF"));
        assertProblem(
                Api.as(Api.MENTOR_SI)
                        .accept("application/pdf, application/problem+json")
                        .get(path(id) + "/versions/1/pdf"),
                403,
                "forbidden");
    }
}
