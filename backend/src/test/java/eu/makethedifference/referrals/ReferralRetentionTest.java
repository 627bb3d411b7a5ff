package eu.makethedifference.referrals;

import static eu.makethedifference.referrals.ReferralFixtures.SI_GROUP;
import static eu.makethedifference.referrals.ReferralFixtures.act;
import static eu.makethedifference.referrals.ReferralFixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.referrals.service.ReferralService;
import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class ReferralRetentionTest {
    @Inject
    ReferralService referrals;

    @Test
    void shouldAnonymiseEndedReferralsOnlyAfterTheRetentionPeriod() throws SQLException {
        UUID old = ReferralFixtures.submitted(SI_GROUP);
        ok(act(Api.ADDICTION_SI, old, "decline", Map.of("declineReason", "NOT_ELIGIBLE", "note", "Too old.")));
        UUID recent = ReferralFixtures.submitted(SI_GROUP);
        ok(act(Api.ADDICTION_SI, recent, "decline", Map.of("declineReason", "NOT_ELIGIBLE")));
        UUID open = ReferralFixtures.submitted(SI_GROUP);
        Db.execute("update referral set updated_at = now() - interval '800 days' where id in (?, ?)", old, open);

        assertTrue(referrals.anonymiseExpired() >= 1);

        String erased = "select count(*) from referral where id = ? and erased_at is not null and first_name is null"
                + " and decision_note is null and birth_year is not null and status = ?";
        assertEquals(1, Db.count(erased, old, "DECLINED"));
        assertEquals(
                0,
                Db.count("select count(*) from referral where id in (?, ?) and erased_at is not null", recent, open));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_event where action = 'REFERRAL_ANONYMISED' and actor_type = 'SYSTEM' and object_id = ?",
                        old.toString()));
        assertEquals(0, referrals.anonymiseExpired(), "nothing left to erase");
    }
}
