package eu.makethedifference.common.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Request counts in fixed one-minute windows per key, in this app instance's memory. */
final class FixedWindows {
    static final long WINDOW_MILLIS = 60_000;

    /** A key's window: how many requests it has seen, and the seconds until it resets (at least 1). */
    record Hit(int count, long resetSeconds) {}

    private record Window(long start, int count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one request of the key. */
    Hit hit(String key) {
        long now = System.currentTimeMillis();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
        }
        Window w = windows.compute(
                key,
                (k, old) -> old == null || now - old.start() >= WINDOW_MILLIS
                        ? new Window(now, 1)
                        : new Window(old.start(), old.count() + 1));
        return new Hit(w.count(), Math.max(1, (w.start() + WINDOW_MILLIS - now + 999) / 1000));
    }

    void clear() {
        windows.clear();
    }
}
