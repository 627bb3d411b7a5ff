package eu.makethedifference.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.indicators.service.Suppression;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuppressionTest {
    /** One region, one period: parts and their total (last). */
    private static boolean[] parts(long... values) {
        long[][][] cube = new long[1][values.length][1];
        for (int i = 0; i < values.length; i++) {
            cube[0][i][0] = values[i];
        }
        boolean[][][] hidden = Suppression.apply(cube, true);
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = hidden[0][i][0];
        }
        return out;
    }

    @Test
    void shouldHideCountsBelowFiveIncludingZero() {
        assertArrayEquals(new boolean[] {true, true, true}, parts(0, 4, 4));
        assertArrayEquals(new boolean[] {false, false, false}, parts(5, 5, 10));
    }

    @Test
    void shouldHideASecondPartWhenTheTotalWouldGiveAwayTheOnlyHiddenOne() {
        // 10 = 7 + 3: showing 7 and 10 reveals the 3.
        assertArrayEquals(new boolean[] {true, true, false}, parts(7, 3, 10));
        // Two hidden parts holding 2 together would still be too telling: the smallest shown part goes too.
        assertArrayEquals(new boolean[] {false, true, true, true, false}, parts(9, 6, 1, 1, 17));
        // Two hidden parts that hold 6 together are safe.
        assertArrayEquals(new boolean[] {false, true, true, false}, parts(8, 3, 3, 14));
    }

    @Test
    void shouldHideEverythingUnderASmallTotal() {
        assertArrayEquals(new boolean[] {true, true, true}, parts(3, 1, 4));
    }

    @Test
    void shouldOnlyHideSmallCountsWhenPartsDoNotAddUp() {
        long[][][] cube = {{{7}, {3}, {9}}};
        boolean[][][] hidden = Suppression.apply(cube, false);
        assertArrayEquals(new boolean[] {false}, hidden[0][0]);
        assertArrayEquals(new boolean[] {true}, hidden[0][1]);
    }

    @Test
    void shouldKeepASinglePartAndItsTotalTogether() {
        // One month: the month and the period are the same number, hidden together or shown together.
        long[][][] cube = {{{6, 6}, {2, 2}, {8, 8}}};
        boolean[][][] hidden = Suppression.apply(cube, true);
        for (int b = 0; b < 3; b++) {
            assertTrue(hidden[0][b][0] == hidden[0][b][1], "part " + b);
        }
        assertTrue(hidden[0][0][0] && hidden[0][1][0] && !hidden[0][2][0]);
    }

    /**
     * Random consistent cubes (regions × parts × months with their totals): every group of a total and its parts
     * ends with no hidden cell, or with at least two, and when its total is shown, the hidden parts hold at
     * least 5 together; every count below 5 is hidden.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void shouldLeaveNoGroupFromWhichAHiddenCountCanBeWorkedOut(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 25; round++) {
            int regions = 1 + random.nextInt(4);
            int parts = 1 + random.nextInt(5);
            int months = 1 + random.nextInt(6);
            long[][][] cube = cube(random, regions, parts, months);
            boolean[][][] hidden = Suppression.apply(cube, true);
            int nr = cube.length;
            int nb = cube[0].length;
            int nt = cube[0][0].length;
            for (int r = 0; r < nr; r++) {
                for (int b = 0; b < nb; b++) {
                    for (int t = 0; t < nt; t++) {
                        assertTrue(cube[r][b][t] >= 5 || hidden[r][b][t]);
                    }
                }
            }
            for (int b = 0; b < nb; b++) {
                for (int t = 0; t < nt; t++) {
                    long[] c = new long[nr];
                    boolean[] h = new boolean[nr];
                    for (int r = 0; r < nr; r++) {
                        c[r] = cube[r][b][t];
                        h[r] = hidden[r][b][t];
                    }
                    check(c, h);
                }
            }
            for (int r = 0; r < nr; r++) {
                for (int t = 0; t < nt; t++) {
                    long[] c = new long[nb];
                    boolean[] h = new boolean[nb];
                    for (int b = 0; b < nb; b++) {
                        c[b] = cube[r][b][t];
                        h[b] = hidden[r][b][t];
                    }
                    check(c, h);
                }
                for (int b = 0; b < nb; b++) {
                    check(cube[r][b], hidden[r][b]);
                }
            }
        }
    }

    private static void check(long[] counts, boolean[] hidden) {
        int n = counts.length;
        if (n < 2) {
            return;
        }
        int hiddenParts = 0;
        long hiddenSum = 0;
        for (int i = 0; i < n - 1; i++) {
            if (hidden[i]) {
                hiddenParts++;
                hiddenSum += counts[i];
            }
        }
        if (hidden[n - 1]) {
            assertTrue(hiddenParts >= 1, "a hidden total beside shown parts is their sum");
        } else {
            assertTrue(
                    hiddenParts == 0 || (hiddenParts >= 2 && hiddenSum >= 5),
                    "hidden parts " + hiddenParts + " holding " + hiddenSum);
        }
    }

    /** Leaf counts 0..12 (many small ones), with the totals of each dimension in its last index. */
    private static long[][][] cube(Random random, int regions, int parts, int months) {
        int nr = regions == 1 ? 1 : regions + 1;
        int nb = parts == 1 ? 1 : parts + 1;
        int nt = months + 1;
        long[][][] c = new long[nr][nb][nt];
        for (int r = 0; r < regions; r++) {
            for (int b = 0; b < parts; b++) {
                for (int t = 0; t < months; t++) {
                    c[r][b][t] = random.nextInt(3) == 0 ? random.nextInt(13) : random.nextInt(5);
                }
            }
        }
        // Totals: months first, then parts, then regions (each sums the leaves below it).
        for (int r = 0; r < regions; r++) {
            for (int b = 0; b < parts; b++) {
                long s = 0;
                for (int t = 0; t < months; t++) {
                    s += c[r][b][t];
                }
                c[r][b][nt - 1] = s;
            }
            if (nb > 1) {
                for (int t = 0; t < nt; t++) {
                    long s = 0;
                    for (int b = 0; b < parts; b++) {
                        s += c[r][b][t];
                    }
                    c[r][nb - 1][t] = s;
                }
            }
        }
        if (nr > 1) {
            for (int b = 0; b < nb; b++) {
                for (int t = 0; t < nt; t++) {
                    long s = 0;
                    for (int r = 0; r < regions; r++) {
                        s += c[r][b][t];
                    }
                    c[nr - 1][b][t] = s;
                }
            }
        }
        return c;
    }
}
