package eu.makethedifference.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProdSafetyCheckTest {
    private static final Duration FIFTEEN = Duration.ofMinutes(15);

    @Test
    void shouldRefuseDemoAccountsInTheProdProfile() {
        assertTrue(
                ProdSafetyCheck.refusal("prod", true, FIFTEEN, 12).orElseThrow().contains("Demo mode"));
    }

    @Test
    void shouldAllowDemoAccountsOutsideProdAndProdWithoutThem() {
        assertTrue(ProdSafetyCheck.refusal("demo", true, FIFTEEN, 12).isEmpty());
        assertTrue(ProdSafetyCheck.refusal("dev", true, FIFTEEN, 12).isEmpty());
        assertTrue(ProdSafetyCheck.refusal("prod", false, FIFTEEN, 12).isEmpty());
    }

    @Test
    void shouldRefuseAccessTokensLivingLongerThanFifteenMinutes() {
        assertEquals(
                "mtd.auth.access-token-lifetime must be at most 15 minutes",
                ProdSafetyCheck.refusal("prod", false, FIFTEEN.plusSeconds(1), 12)
                        .orElseThrow());
    }

    @Test
    void shouldRefuseABcryptCostBelowTwelve() {
        assertEquals(
                "mtd.auth.bcrypt-cost must be at least 12",
                ProdSafetyCheck.refusal("demo", false, FIFTEEN, 11).orElseThrow());
    }
}
