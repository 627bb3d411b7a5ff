package eu.makethedifference.common.rest;

import eu.makethedifference.common.error.ApiException;
import java.util.Map;

/**
 * Page, size and sort of a list request. Sizes above {@link #MAX_SIZE} are a 400 (validated on the
 * parameter); sort keys are checked against a whitelist that maps them to SQL/JPQL expressions.
 */
public record Paging(int page, int size, String orderBy) {
    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";

    public static Paging of(int page, int size, String sort, Map<String, String> allowed, String defaultSort) {
        String key = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean descending = key.startsWith("-");
        String name = descending ? key.substring(1) : key;
        String column = allowed.get(name);
        if (column == null) {
            throw ApiException.invalidField(
                    "sort", "must be one of " + String.join(", ", allowed.keySet()) + ", optionally prefixed with -");
        }
        return new Paging(page, size, column + (descending ? " desc" : " asc"));
    }
}
