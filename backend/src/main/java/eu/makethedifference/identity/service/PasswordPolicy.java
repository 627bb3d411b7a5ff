package eu.makethedifference.identity.service;

import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.error.FieldError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** 12 to 128 characters, no composition rules, common passwords refused (NIST SP 800-63B). */
public final class PasswordPolicy {
    public static final int MIN = 12;
    public static final int MAX = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    public static void check(String field, String password, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            throw ApiException.invalidField(field, "must have 12 to 128 characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String local = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        boolean oneCharacter = lower.chars().distinct().count() <= 2;
        if (COMMON.contains(lower)
                || oneCharacter
                || (!local.isEmpty() && lower.contains(local) && local.length() >= 4)) {
            throw new ApiException(
                    400,
                    "password_too_common",
                    "Password too common",
                    "Choose a password that is harder to guess.",
                    List.of(new FieldError(field, "is too common or too easy to guess")),
                    Map.of());
        }
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip().toLowerCase(Locale.ROOT);
                if (!s.isEmpty() && !s.startsWith("#")) {
                    set.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
