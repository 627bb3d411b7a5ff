package eu.makethedifference.trainings.service;

import eu.makethedifference.audit.service.AuditService;
import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.common.pdf.Pdf;
import eu.makethedifference.common.persistence.SqlValues;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.identity.service.UserService;
import eu.makethedifference.notifications.service.NotificationService;
import eu.makethedifference.organisations.service.RegionService;
import eu.makethedifference.organisations.service.RegionService.RegionRef;
import eu.makethedifference.trainings.Enrolment;
import eu.makethedifference.trainings.Training;
import eu.makethedifference.trainings.TrainingKind;
import eu.makethedifference.trainings.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Certificates of attendance: issued when a training is completed and the attendance rule is met, each with
 * a verification code anyone can check; a coordinator can revoke one.
 */
@ApplicationScoped
public class CertificateService {
    /** Crockford-like alphabet without look-alikes (no 0/O, 1/I/L, U). */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    UserService users;

    @Inject
    RegionService regions;

    @Inject
    NotificationService notifications;

    @Inject
    TrainingAccess access;

    @Inject
    TrainingService trainings;

    public record Certificate(
            UUID id,
            String code,
            UUID enrolmentId,
            String participantName,
            Instant issuedAt,
            Instant revokedAt,
            String revokedReason) {
        public boolean valid() {
            return revokedAt == null;
        }
    }

    /** What a public verification answers: nothing beyond the training, the name and validity. */
    public record Verification(
            String code,
            boolean valid,
            String participantName,
            String trainingTitle,
            TrainingKind trainingKind,
            Instant completedAt,
            Instant revokedAt) {}

    void issue(Training t, UUID enrolmentId) {
        Enrolment e = Enrolment.findById(enrolmentId);
        String name = users.find(e.userId).map(UserService.UserRef::displayName).orElse("");
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into training_certificate (id, code, enrolment_id, participant_name, issued_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        """)
                .setParameter(1, id)
                .setParameter(2, newCode())
                .setParameter(3, enrolmentId)
                .setParameter(4, name)
                .setParameter(5, SqlValues.now())
                .executeUpdate();
        audit.record("CERTIFICATE_ISSUED", "ENROLMENT", enrolmentId, t.regionId);
        notifications.send(e.userId, "TRAINING_CERTIFICATE_ISSUED", "TRAINING", t.id, Map.of("trainingTitle", t.title));
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** "abcd efgh-jkmn" → "ABCD-EFGH-JKMN"; null when it cannot be a code. */
    static String normalise(String code) {
        String plain = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (plain.length() != 12 || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }

    /** Certificates of the given enrolments, by enrolment. */
    public Map<UUID, Certificate> ofEnrolments(Collection<UUID> enrolmentIds) {
        Map<UUID, Certificate> out = new HashMap<>();
        if (!enrolmentIds.isEmpty()) {
            for (Certificate c : query("enrolment_id in (?1)", enrolmentIds)) {
                out.put(c.enrolmentId(), c);
            }
        }
        return out;
    }

    private Optional<Certificate> byCode(String code) {
        String normal = normalise(code);
        return normal == null
                ? Optional.empty()
                : query("code = ?1", normal).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Certificate> query(String where, Object parameter) {
        return ((List<Object[]>) em.createNativeQuery("""
                                select id, code, enrolment_id, participant_name, issued_at, revoked_at, revoked_reason
                                from training_certificate where """ + " " + where)
                        .setParameter(1, parameter)
                        .getResultList())
                .stream()
                        .map(r -> new Certificate(
                                (UUID) r[0],
                                (String) r[1],
                                (UUID) r[2],
                                (String) r[3],
                                SqlValues.instant(r[4]),
                                SqlValues.instant(r[5]),
                                (String) r[6]))
                        .toList();
    }

    /** Public check of a code; an unknown code is "not found". */
    public Verification verify(String code) {
        Certificate c = byCode(code).orElseThrow(ApiException::notFound);
        Enrolment e = Enrolment.findById(c.enrolmentId());
        Training t = Training.findById(e.trainingId);
        return new Verification(c.code(), c.valid(), c.participantName(), t.title, t.kind, t.endsAt, c.revokedAt());
    }

    @Transactional
    public Verification revoke(Caller caller, String code, String reason) {
        Certificate c = byCode(code).orElseThrow(ApiException::notFound);
        Enrolment e = Enrolment.findById(c.enrolmentId());
        Training t = Training.findById(e.trainingId);
        if (!access.canSee(caller, t)) {
            throw ApiException.hidden("CERTIFICATE", c.id());
        }
        access.requireManager(caller, t);
        if (!c.valid()) {
            throw ApiException.conflict("certificate_revoked", "The certificate is already revoked.");
        }
        em.createNativeQuery("""
                        update training_certificate set revoked_at = ?2, revoked_by = ?3, revoked_reason = ?4
                        where id = ?1
                        """)
                .setParameter(1, c.id())
                .setParameter(2, SqlValues.now())
                .setParameter(3, caller.userId())
                .setParameter(4, reason.strip())
                .executeUpdate();
        audit.record("CERTIFICATE_REVOKED", "ENROLMENT", e.id, t.regionId);
        return verify(c.code());
    }

    /** The certificate of an enrolment as a PDF, for the participant and the region's coordinators. */
    public byte[] pdf(Caller caller, UUID enrolmentId) {
        Enrolment e = Enrolment.findById(enrolmentId);
        if (e == null) {
            throw ApiException.notFound();
        }
        Training t = Training.findById(e.trainingId);
        if (!e.userId.equals(caller.userId()) && !access.manages(caller, t)) {
            throw ApiException.hidden("ENROLMENT", enrolmentId);
        }
        Certificate c = ofEnrolments(List.of(enrolmentId)).get(enrolmentId);
        if (c == null) {
            throw new ApiException(404, "no_certificate", "No certificate", "No certificate was issued for this.");
        }
        if (!c.valid()) {
            throw ApiException.conflict("certificate_revoked", "The certificate was revoked.");
        }
        RegionRef region = regions.find(t.regionId).orElseThrow();
        Map<String, String> l = Pdf.labels("/trainings/certificate", t.language);
        ZoneId zone = region.zone();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4; margin: 25mm 22mm; }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 11pt; line-height: 1.5; color: #1a1a1a; }")
                .append("h1 { font-size: 24pt; margin: 0 0 12mm 0; text-align: center; }")
                .append(".name { font-size: 20pt; font-weight: bold; text-align: center; margin: 6mm 0; }")
                .append(".centre { text-align: center; } .training { font-size: 15pt; font-weight: bold; }")
                .append("h2 { font-size: 12pt; margin: 8mm 0 2mm 0; } ul { margin: 0; padding-left: 6mm; }")
                .append(".code { margin-top: 14mm; font-size: 10pt; border-top: 0.5pt solid #888; padding-top: 3mm; }")
                .append("</style></head><body>");
        html.append("<h1>").append(Pdf.esc(l.get("title"))).append("</h1>");
        html.append("<div class=\"centre\">")
                .append(Pdf.esc(l.get("certifies")))
                .append("</div>");
        html.append("<div class=\"name\">").append(Pdf.esc(c.participantName())).append("</div>");
        html.append("<div class=\"centre\">").append(Pdf.esc(l.get("attended"))).append("</div>");
        html.append("<div class=\"centre training\">").append(Pdf.esc(t.title)).append("</div>");
        html.append("<div class=\"centre\">")
                .append(Pdf.esc(l.get("kind." + t.kind.name())))
                .append(" · ")
                .append(Pdf.esc(region.name()))
                .append("</div>");
        html.append("<h2>").append(Pdf.esc(l.get("sessions"))).append("</h2><ul>");
        for (TrainingSession s : trainings.sessions(t.id)) {
            html.append("<li>")
                    .append(day.format(s.startsAt))
                    .append(", ")
                    .append(time.format(s.startsAt))
                    .append("–")
                    .append(time.format(s.endsAt))
                    .append(s.venue == null ? "" : " · " + Pdf.esc(s.venue))
                    .append("</li>");
        }
        html.append("</ul>");
        List<TrainingService.ProgrammeItem> programme = trainings.programme(t.id);
        if (!programme.isEmpty()) {
            html.append("<h2>").append(Pdf.esc(l.get("programme"))).append("</h2><ul>");
            for (TrainingService.ProgrammeItem m : programme) {
                html.append("<li>")
                        .append(Pdf.esc(m.title()))
                        .append(" (")
                        .append(m.durationMinutes())
                        .append(' ')
                        .append(Pdf.esc(l.get("minutes")))
                        .append(")</li>");
            }
            html.append("</ul>");
        }
        html.append("<div class=\"code\">")
                .append(Pdf.esc(l.get("issued")))
                .append(": ")
                .append(day.format(c.issuedAt()))
                .append("<br/>")
                .append(Pdf.esc(l.get("code")))
                .append(": <b>")
                .append(c.code())
                .append("</b><br/>")
                .append(Pdf.esc(l.get("verify")))
                .append(" /verify/")
                .append(c.code())
                .append("</div></body></html>");
        audit.record("CERTIFICATE_DOWNLOADED", "ENROLMENT", e.id, t.regionId);
        return Pdf.render(html.toString());
    }
}
