package eu.makethedifference.common;

import static eu.makethedifference.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.makethedifference.support.Api;
import eu.makethedifference.support.Db;
import eu.makethedifference.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
class IdempotencyTest {
    private static final String URL = "/api/v1/organisations";

    private static Map<String, Object> organisation(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionId", Api.REGION_SI.toString());
        body.put("name", name);
        body.put("helpSystem", "SCHOOL");
        body.put("city", "Maribor");
        return body;
    }

    private static String uniqueName() {
        return "Idempotent school " + UUID.randomUUID().toString().substring(0, 13);
    }

    private static long named(String name) {
        return Db.count("select count(*) from organisation where name = ?", name);
    }

    private static Response create(String user, String key, Map<String, Object> body) {
        return Api.as(user).header("Idempotency-Key", key).body(body).post(URL);
    }

    @Test
    void shouldReplayTheFirstResponseForARetryWithTheSameKey() {
        String name = uniqueName();
        String key = "create-" + UUID.randomUUID();

        Response first = create(Api.COORDINATOR_SI, key, organisation(name));
        Response retry = create(Api.COORDINATOR_SI, key, organisation(name));

        assertEquals(201, first.statusCode(), first.asString());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(1, named(name));
    }

    @Test
    void shouldRefuseTheSameKeyForAnotherRequestAndWriteNothing() {
        String key = "create-" + UUID.randomUUID();
        String first = uniqueName();
        String other = uniqueName();
        assertEquals(201, create(Api.COORDINATOR_SI, key, organisation(first)).statusCode());

        assertProblem(create(Api.COORDINATOR_SI, key, organisation(other)), 422, "idempotency_key_reused");
        assertEquals(0, named(other));
    }

    @Test
    void shouldScopeKeysToTheCaller() {
        String key = "shared-" + UUID.randomUUID();
        String mine = uniqueName();
        String theirs = uniqueName();
        assertEquals(201, create(Api.COORDINATOR_SI, key, organisation(mine)).statusCode());

        Response other = create(Api.ADMIN, key, organisation(theirs));

        assertEquals(201, other.statusCode(), other.asString());
        assertNull(other.header("Idempotent-Replayed"));
        assertEquals(1, named(theirs));
    }

    @Test
    void shouldCreateExactlyOneRecordForParallelDuplicates() throws Exception {
        String name = uniqueName();
        String key = "parallel-" + UUID.randomUUID();
        Api.token(Api.COORDINATOR_SI);
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return create(Api.COORDINATOR_SI, key, organisation(name));
            }));
        }
        start.countDown();
        List<String> ids = new ArrayList<>();
        for (Future<Response> f : futures) {
            Response r = f.get();
            if (r.statusCode() == 201) {
                ids.add(r.jsonPath().getString("id"));
            } else {
                assertProblem(r, 409, "idempotency_key_in_use");
                assertEquals("1", r.header("Retry-After"));
            }
        }
        pool.shutdown();

        assertEquals(1, named(name));
        assertTrue(ids.size() >= 1);
        assertEquals(1, ids.stream().distinct().count(), "every 201 names the same organisation");
        // Once the first has finished, a retry gets its response.
        Response retry = create(Api.COORDINATOR_SI, key, organisation(name));
        assertEquals(201, retry.statusCode());
        assertEquals(ids.getFirst(), retry.jsonPath().getString("id"));
    }

    @Test
    void shouldForgetAKeyAfter24HoursAndAFailedRequest() throws Exception {
        String key = "old-" + UUID.randomUUID();
        String name = uniqueName();
        assertEquals(201, create(Api.COORDINATOR_SI, key, organisation(name)).statusCode());
        Db.execute("update idempotency_key set created_at = now() - interval '25 hours' where key = ?", key);
        String again = uniqueName();
        assertEquals(201, create(Api.COORDINATOR_SI, key, organisation(again)).statusCode());
        assertEquals(1, named(again));

        // A request that fails (a duplicate name) stores nothing: the key can be used for the corrected request.
        String failing = "failing-" + UUID.randomUUID();
        assertEquals(
                409, create(Api.COORDINATOR_SI, failing, organisation(name)).statusCode());
        String fixed = uniqueName();
        assertEquals(
                201, create(Api.COORDINATOR_SI, failing, organisation(fixed)).statusCode());
        assertEquals(1, named(fixed));
    }

    @Test
    void shouldRefuseAMalformedKey() {
        String name = uniqueName();
        Response r = Api.responseOnly(Api.COORDINATOR_SI)
                .header("Idempotency-Key", "x".repeat(256))
                .body(organisation(name))
                .post(URL);
        assertProblem(r, 400, "invalid_idempotency_key");
        assertEquals(0, named(name));
    }
}
