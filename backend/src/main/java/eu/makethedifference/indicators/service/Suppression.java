package eu.makethedifference.indicators.service;

/**
 * Small-number suppression of a child-level count, held as a cube {@code [region][breakdown][month]} in which
 * the last index of each dimension longer than one is the total of the others (all regions, all parts, the
 * whole period).
 *
 * <p>Primary: every count below {@link #THRESHOLD} is suppressed (a count of 0 too: "below 5" is never shown).
 * Secondary, so that no suppressed count can be worked out from a total: in every group of a total and its
 * parts, the suppressed cells are none, or at least two; and when the total is shown, the suppressed parts
 * together hold at least {@link #THRESHOLD}. Until that holds, the smallest shown part is suppressed as well
 * (the total when no part is left). Groups run along each dimension and are checked again until nothing
 * changes, since suppressing a cell for one group can open another.
 */
public final class Suppression {
    public static final int THRESHOLD = 5;

    private Suppression() {}

    /** The suppressed cells of the cube; {@code additive} is false for counts whose parts do not add up. */
    public static boolean[][][] apply(long[][][] counts, boolean additive) {
        int regions = counts.length;
        int parts = counts[0].length;
        int months = counts[0][0].length;
        boolean[][][] hidden = new boolean[regions][parts][months];
        for (int r = 0; r < regions; r++) {
            for (int b = 0; b < parts; b++) {
                for (int t = 0; t < months; t++) {
                    hidden[r][b][t] = counts[r][b][t] < THRESHOLD;
                }
            }
        }
        if (!additive) {
            return hidden;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 0; b < parts; b++) {
                for (int t = 0; t < months; t++) {
                    final int bb = b;
                    final int tt = t;
                    changed |= group(
                            regions, i -> counts[i][bb][tt], i -> hidden[i][bb][tt], i -> hidden[i][bb][tt] = true);
                }
            }
            for (int r = 0; r < regions; r++) {
                for (int t = 0; t < months; t++) {
                    final int rr = r;
                    final int tt = t;
                    changed |=
                            group(parts, i -> counts[rr][i][tt], i -> hidden[rr][i][tt], i -> hidden[rr][i][tt] = true);
                }
            }
            for (int r = 0; r < regions; r++) {
                for (int b = 0; b < parts; b++) {
                    final int rr = r;
                    final int bb = b;
                    changed |= group(
                            months, i -> counts[rr][bb][i], i -> hidden[rr][bb][i], i -> hidden[rr][bb][i] = true);
                }
            }
        }
        return hidden;
    }

    private interface Count {
        long at(int i);
    }

    private interface Flag {
        boolean at(int i);
    }

    private interface Hide {
        void at(int i);
    }

    /** One total (the last cell) and its parts; suppresses one more cell when the rule is broken. */
    private static boolean group(int size, Count count, Flag hidden, Hide hide) {
        if (size < 2) {
            return false;
        }
        int total = size - 1;
        int suppressed = 0;
        long suppressedSum = 0;
        int smallestShown = -1;
        for (int i = 0; i < total; i++) {
            if (hidden.at(i)) {
                suppressed++;
                suppressedSum += count.at(i);
            } else if (smallestShown < 0 || count.at(i) < count.at(smallestShown)) {
                smallestShown = i;
            }
        }
        boolean safe;
        if (hidden.at(total)) {
            safe = suppressed >= 1;
        } else {
            safe = suppressed == 0 || (suppressed >= 2 && suppressedSum >= THRESHOLD);
        }
        if (safe) {
            return false;
        }
        hide.at(smallestShown >= 0 ? smallestShown : total);
        return true;
    }
}
