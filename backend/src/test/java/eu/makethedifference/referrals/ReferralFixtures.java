package eu.makethedifference.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.makethedifference.referrals.rest.ReferralDtos;
import eu.makethedifference.support.Api;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Referrals for tests: drafts, consents and paths to each status, with response shapes checked strictly. */
public final class ReferralFixtures {
    public static final String REFERRALS = "/api/v1/referrals";
    public static final UUID SI_GROUP = Api.demoId("offer:si-group");
    static final UUID SI_COUNSELLING = Api.demoId("offer:si-counselling");
    public static final UUID SI_MENTORING = Api.demoId("offer:si-mentoring");
    static final UUID DE_GROUP = Api.demoId("offer:de-group");
    static final String TRAINER_SI = "trainer.si@example.org";

    /** Every name a fixture gives a child, so a test can look for them in the log. */
    public static final List<String> NAMES = new ArrayList<>();

    private static final ObjectMapper STRICT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReferralFixtures() {}

    /** A first name no other test uses, e.g. "Zarjaqpt". */
    static synchronized String name() {
        StringBuilder b = new StringBuilder("Zar");
        for (int i = 0; i < 6; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        NAMES.add(b.toString());
        return b.toString();
    }

    static Map<String, Object> draft(UUID target, String firstName) {
        YearMonth born = YearMonth.now().minusYears(9);
        Map<String, Object> body = new HashMap<>();
        body.put("targetOfferId", target.toString());
        body.put("firstName", firstName);
        body.put("birthYear", born.getYear());
        body.put("birthMonth", born.getMonthValue());
        body.put("gender", "FEMALE");
        body.put("area", "Maribor-" + firstName);
        body.put("school", "OŠ Tabor");
        body.put("languages", List.of("sl"));
        body.put("indicators", List.of("CHILD_TAKES_PARENT_ROLE", "SCHOOL_ABSENCE"));
        body.put("observations", firstName + " often looks after her younger brother.");
        body.put("urgency", "PRIORITY");
        body.put("affectedParents", List.of("FATHER"));
        body.put("addictionKinds", List.of("ALCOHOL"));
        return body;
    }

    static Map<String, Object> consent(String... purposes) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenBy", "MOTHER");
        body.put("givenOn", LocalDate.now().minusDays(1).toString());
        body.put("purposes", List.of(purposes));
        body.put("recipients", "The receiving service and the programme coordinator");
        body.put("form", "WRITTEN");
        body.put("validUntil", LocalDate.now().plusYears(1).toString());
        return body;
    }

    /** The response body read into the contract's record, refusing unknown fields. */
    static ReferralDtos.Referral shape(Response response) {
        try {
            return STRICT.readValue(response.asString(), ReferralDtos.Referral.class);
        } catch (Exception e) {
            throw new AssertionError("response does not match the Referral contract: " + response.asString(), e);
        }
    }

    static ReferralDtos.Page page(Response response) {
        try {
            return STRICT.readValue(response.asString(), ReferralDtos.Page.class);
        } catch (Exception e) {
            throw new AssertionError("response does not match the ReferralPage contract: " + response.asString(), e);
        }
    }

    public static Response ok(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        return response;
    }

    static UUID create(String caller, UUID target) {
        return create(caller, draft(target, name()));
    }

    static UUID create(String caller, Map<String, Object> body) {
        Response r = Api.as(caller).body(body).post(REFERRALS);
        assertEquals(201, r.statusCode(), r.asString());
        return shape(r).id();
    }

    static Response get(String caller, UUID id) {
        return Api.responseOnly(caller).get(REFERRALS + "/" + id);
    }

    static Response act(String caller, UUID id, String action, Map<String, Object> body) {
        return Api.as(caller).body(body).post(REFERRALS + "/" + id + "/" + action);
    }

    public static Response act(String caller, UUID id, String action) {
        return act(caller, id, action, Map.of());
    }

    /** A submitted referral from welfare.si to the given SI offer, with a valid consent. */
    public static UUID submitted(UUID target) {
        UUID id = create(Api.WELFARE_SI, target);
        String purpose = target.equals(SI_MENTORING) ? "MENTORING" : "HELP_OFFER";
        ok(Api.as(Api.WELFARE_SI).body(consent(purpose)).put(REFERRALS + "/" + id + "/consent"));
        ok(act(Api.WELFARE_SI, id, "submit"));
        return id;
    }

    static String status(UUID id) {
        return shape(ok(get(Api.COORDINATOR_SI, id))).status().name();
    }
}
