package eu.makethedifference.agreements.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The sections a new agreement starts with, after the guide "Building Bridges of Support", in the
 * region's language (resources agreements/template_{lang}.properties; English when a language has none).
 */
public final class AgreementTemplate {
    public static final List<String> KEYS = List.of(
            "GOALS",
            "TARGET_GROUP",
            "TASKS",
            "CONTACTS",
            "EXCHANGE",
            "CASE_PROCEDURE",
            "DATA_PROTECTION",
            "SAFEGUARDING",
            "TRAINING",
            "COSTS",
            "EVALUATION");

    public record TemplateSection(String key, String title, String body) {}

    private AgreementTemplate() {}

    public static List<TemplateSection> sections(String language) {
        Properties texts = load(language);
        if (texts == null) {
            texts = load("en");
        }
        List<TemplateSection> sections = new ArrayList<>();
        for (String key : KEYS) {
            sections.add(new TemplateSection(key, texts.getProperty(key + ".title"), texts.getProperty(key + ".body")));
        }
        return sections;
    }

    private static Properties load(String language) {
        try (InputStream in =
                AgreementTemplate.class.getResourceAsStream("/agreements/template_" + language + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
