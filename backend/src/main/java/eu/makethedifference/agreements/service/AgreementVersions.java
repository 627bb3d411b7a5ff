package eu.makethedifference.agreements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.makethedifference.agreements.Agreement;
import eu.makethedifference.agreements.AgreementParty;
import eu.makethedifference.agreements.AgreementSection;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.identity.service.UserService;
import eu.makethedifference.organisations.service.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Immutable numbered versions of an agreement's text. A version is the canonical JSON of the text (title,
 * referral response time, review date, parties, sections in order) and its SHA-256, which signatures carry.
 */
@ApplicationScoped
public class AgreementVersions {
    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    OrganisationService organisations;

    @Inject
    UserService users;

    public record PartyText(
            UUID organisationId,
            String organisationName,
            String helpSystem,
            String contactName,
            String contactEmail,
            String contactPhone,
            UUID signatoryUserId,
            String signatoryName) {}

    public record SectionText(UUID id, String templateKey, String title, String body) {}

    /** The canonical content of a version. Field order is fixed: it is what the hash covers. */
    public record Text(
            String title,
            String language,
            int referralResponseDays,
            LocalDate reviewDate,
            List<PartyText> parties,
            List<SectionText> sections) {}

    public record Version(int number, String sha256, String reason, UUID createdBy, Instant createdAt, Text text) {}

    public record Summary(int number, String sha256, String reason, UUID createdBy, Instant createdAt) {}

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED,
        MOVED,
        UNCHANGED
    }

    public record SectionDiff(
            UUID sectionId,
            Change change,
            Integer positionBefore,
            Integer positionAfter,
            String titleBefore,
            String titleAfter,
            String bodyBefore,
            String bodyAfter) {}

    /** The current working text of an agreement. */
    public Text currentText(Agreement a) {
        List<PartyText> parties = AgreementParty.<AgreementParty>list("key.agreementId", a.id).stream()
                .map(p -> {
                    var org = organisations.find(p.organisationId()).orElseThrow();
                    String signatory = p.signatoryUserId == null
                            ? null
                            : users.find(p.signatoryUserId)
                                    .map(UserService.UserRef::displayName)
                                    .orElse(null);
                    return new PartyText(
                            p.organisationId(),
                            org.name(),
                            org.helpSystem().name(),
                            p.contactName,
                            p.contactEmail,
                            p.contactPhone,
                            p.signatoryUserId,
                            signatory);
                })
                .sorted(Comparator.comparing(PartyText::organisationName).thenComparing(PartyText::organisationId))
                .toList();
        List<SectionText> sections =
                AgreementSection.<AgreementSection>list("agreementId = ?1 order by position", a.id).stream()
                        .map(s -> new SectionText(s.id, s.templateKey, s.title, s.body))
                        .toList();
        return new Text(a.title, a.language, a.referralResponseDays, a.reviewDate, parties, sections);
    }

    /** Stores the working text as the agreement's next version and returns its number. */
    public int snapshot(Agreement a, UUID actor, String reason) {
        String content = canonical(currentText(a));
        int number = a.currentVersion + 1;
        em.createNativeQuery(
                        "insert into agreement_version (agreement_id, number, content, sha256, reason, created_by) values (?1, ?2, ?3, ?4, ?5, cast(?6 as uuid))")
                .setParameter(1, a.id)
                .setParameter(2, number)
                .setParameter(3, content)
                .setParameter(4, sha256(content))
                .setParameter(5, reason)
                .setParameter(6, actor)
                .executeUpdate();
        a.currentVersion = number;
        return number;
    }

    public List<Summary> list(UUID agreementId) {
        List<Summary> out = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "select number, sha256, reason, created_by, created_at from agreement_version where agreement_id = ?1 order by number desc")
                .setParameter(1, agreementId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Summary(
                    ((Number) r[0]).intValue(), (String) r[1], (String) r[2], (UUID) r[3], SqlValues.instant(r[4])));
        }
        return out;
    }

    public Version get(UUID agreementId, int number) {
        List<?> rows = em.createNativeQuery(
                        "select number, sha256, reason, created_by, created_at, content from agreement_version where agreement_id = ?1 and number = ?2")
                .setParameter(1, agreementId)
                .setParameter(2, number)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound();
        }
        Object[] r = (Object[]) rows.get(0);
        try {
            return new Version(
                    ((Number) r[0]).intValue(),
                    (String) r[1],
                    (String) r[2],
                    (UUID) r[3],
                    SqlValues.instant(r[4]),
                    json.readValue((String) r[5], Text.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable agreement version", e);
        }
    }

    /** Section by section: what changed from version {@code from} to version {@code to}. */
    public List<SectionDiff> diff(Text from, Text to) {
        Map<UUID, Integer> positionsBefore = positions(from.sections());
        Map<UUID, Integer> positionsAfter = positions(to.sections());
        Map<UUID, SectionText> before =
                from.sections().stream().collect(Collectors.toMap(SectionText::id, Function.identity()));
        List<SectionDiff> out = new ArrayList<>();
        for (SectionText after : to.sections()) {
            SectionText old = before.get(after.id());
            Integer oldPosition = positionsBefore.get(after.id());
            Integer newPosition = positionsAfter.get(after.id());
            Change change;
            if (old == null) {
                change = Change.ADDED;
            } else if (!Objects.equals(old.title(), after.title()) || !Objects.equals(old.body(), after.body())) {
                change = Change.CHANGED;
            } else if (!Objects.equals(oldPosition, newPosition)) {
                change = Change.MOVED;
            } else {
                change = Change.UNCHANGED;
            }
            out.add(new SectionDiff(
                    after.id(),
                    change,
                    oldPosition,
                    newPosition,
                    old == null ? null : old.title(),
                    after.title(),
                    old == null ? null : old.body(),
                    after.body()));
        }
        for (SectionText old : from.sections()) {
            if (!positionsAfter.containsKey(old.id())) {
                out.add(new SectionDiff(
                        old.id(),
                        Change.REMOVED,
                        positionsBefore.get(old.id()),
                        null,
                        old.title(),
                        null,
                        old.body(),
                        null));
            }
        }
        return out;
    }

    public String canonical(Text text) {
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<UUID, Integer> positions(List<SectionText> sections) {
        Map<UUID, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            map.put(sections.get(i).id(), i + 1);
        }
        return map;
    }
}
