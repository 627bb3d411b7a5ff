package eu.makethedifference.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assertions on RFC 9457 problem-details responses. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    /** Checks status, content type, {@code status} and {@code code} of a problem; returns its body. */
    public static JsonPath assertProblem(Response response, int status, String code) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), "status; body: " + body);
        assertNotNull(response.contentType(), "content type");
        assertTrue(
                response.contentType().startsWith(MEDIA_TYPE),
                "content type was " + response.contentType() + "; body: " + body);
        JsonPath json = JsonPath.from(body);
        assertEquals(status, json.getInt("status"), "status in the body");
        assertEquals(code, json.getString("code"), "code; body: " + body);
        assertEquals("urn:mtd:problem:" + code, json.getString("type"), "type");
        assertNotNull(json.getString("title"), "title");
        assertNoInternals(body);
        return json;
    }

    /** Like {@link #assertProblem} and the problem names the field (e.g. {@code regionIds}). */
    public static JsonPath assertFieldProblem(Response response, int status, String code, String field) {
        JsonPath json = assertProblem(response, status, code);
        List<String> fields = json.getList("errors.field");
        assertNotNull(fields, "errors; body: " + response.asString());
        assertTrue(fields.contains(field), "errors should name " + field + " but were " + fields);
        return json;
    }

    /**
     * Like {@link #assertFieldProblem} for a property of a list element, e.g. {@code sessions[0].endsAt}. Bean
     * validation names such a field {@code sessions.endsAt[0]} (the index after the element's property), the
     * services {@code sessions[0].endsAt}; clients read both, so both are accepted.
     */
    public static JsonPath assertListFieldProblem(
            Response response, int status, String code, String list, int index, String property) {
        JsonPath json = assertProblem(response, status, code);
        List<String> fields = json.getList("errors.field");
        assertNotNull(fields, "errors; body: " + response.asString());
        String elementFirst = list + "[" + index + "]." + property;
        String propertyFirst = list + "." + property + "[" + index + "]";
        assertTrue(
                fields.contains(elementFirst) || fields.contains(propertyFirst),
                "errors should name " + elementFirst + " but were " + fields);
        return json;
    }

    /** The problem body without {@code instance}, to compare two answers. */
    public static Map<String, Object> withoutInstance(Response response) {
        Map<String, Object> body =
                new HashMap<>(JsonPath.from(response.asString()).getMap(""));
        body.remove("instance");
        return body;
    }

    /** No class name, stack frame or exception text leaks into a response body. */
    public static void assertNoInternals(String body) {
        for (String leak : List.of(
                "Exception",
                "\tat ",
                "at eu.",
                "eu.makethedifference",
                "java.",
                "jakarta.",
                "org.hibernate",
                "io.quarkus",
                "com.fasterxml",
                "org.postgresql",
                "SQL")) {
            assertFalse(body.contains(leak), "the body reveals internals (" + leak + "): " + body);
        }
    }
}
