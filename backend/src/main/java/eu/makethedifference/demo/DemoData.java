package eu.makethedifference.demo;

import eu.makethedifference.common.config.AppConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seeds the demo regions, organisations and accounts when demo mode is on: once, idempotently, and safely
 * with several instances (a transaction-scoped advisory lock; rows inserted with ON CONFLICT DO NOTHING).
 * All demo accounts share the password in {@link #PASSWORD}, published in the README.
 */
@ApplicationScoped
public class DemoData {
    public static final String PASSWORD = "demo-password-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    AppConfig config;

    @Inject
    EntityManager em;

    @Inject
    DemoAgreements agreements;

    @Inject
    DemoTrainings trainings;

    @Inject
    DemoReferrals referrals;

    @Inject
    DemoMentoring mentoring;

    record RegionSeed(String key, String name, String country, String language, String zone) {}

    record OrgSeed(
            String key,
            String region,
            String name,
            String helpSystem,
            String street,
            String postalCode,
            String city,
            String email) {}

    record UserSeed(String email, String name, String language, String role, String region, String organisation) {}

    static final List<RegionSeed> REGIONS = List.of(
            new RegionSeed("si", "Slovenia – Podravje", "SI", "sl", "Europe/Ljubljana"),
            new RegionSeed("de", "Germany – Westfalen-Lippe", "DE", "de", "Europe/Berlin"));

    static final List<OrgSeed> ORGANISATIONS = List.of(
            new OrgSeed(
                    "si-addiction",
                    "si",
                    "Svetovalni center za odvisnosti Podravje",
                    "ADDICTION_CARE",
                    "Partizanska cesta 12",
                    "2000",
                    "Maribor",
                    "info@odvisnosti-podravje.example.org"),
            new OrgSeed(
                    "si-welfare",
                    "si",
                    "Center za socialno delo Podravje – enota Maribor",
                    "YOUTH_WELFARE",
                    "Titova cesta 2",
                    "2000",
                    "Maribor",
                    "csd.maribor@example.org"),
            new OrgSeed(
                    "si-school",
                    "si",
                    "Osnovna šola Pod Pohorjem",
                    "SCHOOL",
                    "Šolska ulica 5",
                    "2000",
                    "Maribor",
                    "tajnistvo@os-pohorje.example.org"),
            new OrgSeed(
                    "si-university",
                    "si",
                    "Univerza v Mariboru – Filozofska fakulteta",
                    "UNIVERSITY",
                    "Koroška cesta 160",
                    "2000",
                    "Maribor",
                    "ff@um.example.org"),
            new OrgSeed(
                    "de-addiction",
                    "de",
                    "Suchtberatung Münster",
                    "ADDICTION_CARE",
                    "Hafenstraße 4",
                    "48153",
                    "Münster",
                    "kontakt@suchtberatung-muenster.example.org"),
            new OrgSeed(
                    "de-welfare",
                    "de",
                    "Jugendamt Münster",
                    "YOUTH_WELFARE",
                    "Hafenstraße 30",
                    "48153",
                    "Münster",
                    "jugendamt@muenster.example.org"),
            new OrgSeed(
                    "de-school",
                    "de",
                    "Grundschule am Aasee",
                    "SCHOOL",
                    "Am Aasee 1",
                    "48149",
                    "Münster",
                    "sekretariat@gs-aasee.example.org"),
            new OrgSeed(
                    "de-university",
                    "de",
                    "Universität Münster – Institut für Erziehungswissenschaft",
                    "UNIVERSITY",
                    "Georgskommende 33",
                    "48143",
                    "Münster",
                    "ewi@uni-muenster.example.org"));

    static final List<UserSeed> USERS = List.of(
            new UserSeed("admin@example.org", "Platform Admin", "en", "ADMIN", null, null),
            new UserSeed("coordinator.si@example.org", "Maja Novak", "sl", "COORDINATOR", "si", null),
            new UserSeed("coordinator.de@example.org", "Jonas Becker", "de", "COORDINATOR", "de", null),
            new UserSeed("addiction.si@example.org", "Petra Kovač", "sl", "PROFESSIONAL", "si", "si-addiction"),
            new UserSeed("welfare.si@example.org", "Luka Horvat", "sl", "PROFESSIONAL", "si", "si-welfare"),
            new UserSeed("welfare.de@example.org", "Anna Schneider", "de", "PROFESSIONAL", "de", "de-welfare"),
            new UserSeed("addiction.de@example.org", "Lukas Wagner", "de", "PROFESSIONAL", "de", "de-addiction"),
            new UserSeed("mentor.si@example.org", "Nika Zupan", "sl", "MENTOR", "si", null),
            new UserSeed("trainer.si@example.org", "Eva Krajnc", "sl", "PROFESSIONAL", "si", "si-university"),
            new UserSeed("trainer.de@example.org", "Sabine Fischer", "de", "PROFESSIONAL", "de", "de-university"),
            new UserSeed("mentor.de@example.org", "Leon Hoffmann", "de", "MENTOR", "de", null));

    /** Stable ids, so the demo data is the same on every machine. */
    record OfferSeed(
            String key,
            String organisation,
            String name,
            String description,
            String kind,
            int minAge,
            int maxAge,
            String languages,
            String area,
            String email,
            int capacity,
            int waitingList) {}

    /** Per region: the mentoring programme, a children's group and family counselling. */
    static final List<OfferSeed> OFFERS = List.of(
            new OfferSeed(
                    "si-mentoring",
                    "si-university",
                    "Mentorski program Podravje",
                    "Študentke in študenti se za eno leto tedensko srečujejo z otrokom iz družine z zasvojenostjo.",
                    "MENTORING_PROGRAMME",
                    6,
                    12,
                    "sl,en",
                    "Maribor z okolico",
                    "mentorstvo@um.example.org",
                    30,
                    4),
            new OfferSeed(
                    "si-group",
                    "si-addiction",
                    "Skupina za otroke Sonček",
                    "Tedenska skupina za otroke staršev z zasvojenostjo: igra, pogovor, krepitev.",
                    "CHILDREN_GROUP",
                    7,
                    11,
                    "sl",
                    "Maribor",
                    "soncek@odvisnosti-podravje.example.org",
                    10,
                    2),
            new OfferSeed(
                    "si-counselling",
                    "si-welfare",
                    "Družinsko svetovanje",
                    "Svetovanje staršem in otrokom v družinah z zasvojenostjo.",
                    "FAMILY_COUNSELLING",
                    0,
                    18,
                    "sl,hr",
                    "Podravje",
                    "csd.maribor@example.org",
                    40,
                    0),
            new OfferSeed(
                    "de-mentoring",
                    "de-university",
                    "Mentoringprogramm Westfalen-Lippe",
                    "Studierende treffen sich ein Jahr lang wöchentlich mit einem Kind aus einer suchtbelasteten Familie.",
                    "MENTORING_PROGRAMME",
                    6,
                    12,
                    "de,en",
                    "Münster und Umgebung",
                    "mentoring@uni-muenster.example.org",
                    40,
                    6),
            new OfferSeed(
                    "de-group",
                    "de-addiction",
                    "Kindergruppe Leuchtturm",
                    "Wöchentliche Gruppe für Kinder aus suchtbelasteten Familien.",
                    "CHILDREN_GROUP",
                    8,
                    12,
                    "de,tr",
                    "Münster",
                    "leuchtturm@suchtberatung-muenster.example.org",
                    12,
                    5),
            new OfferSeed(
                    "de-counselling",
                    "de-welfare",
                    "Erziehungs- und Familienberatung",
                    "Beratung für Eltern und Kinder in belasteten Familien.",
                    "FAMILY_COUNSELLING",
                    0,
                    18,
                    "de",
                    "Stadt Münster",
                    "beratung@muenster.example.org",
                    60,
                    0));

    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("mtd-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (config.demo().enabled()) {
            int inserted = seed();
            LOG.infof("Demo mode: %d demo rows added (demo password in the README)", inserted);
            int agreementsAdded = agreements.seed();
            if (agreementsAdded > 0) {
                LOG.infof("Demo mode: %d demo agreements added", agreementsAdded);
            }
            int trainingsAdded = trainings.seed();
            if (trainingsAdded > 0) {
                LOG.infof("Demo mode: %d demo trainings added", trainingsAdded);
            }
            int referralsAdded = referrals.seed();
            if (referralsAdded > 0) {
                LOG.infof("Demo mode: %d demo referrals added", referralsAdded);
            }
            int mentoringAdded = mentoring.seed();
            if (mentoringAdded > 0) {
                LOG.infof("Demo mode: %d demo volunteers, children and matches added", mentoringAdded);
            }
        }
    }

    @Transactional
    int seed() {
        em.createNativeQuery("select pg_advisory_xact_lock(4242001)").getSingleResult();
        int inserted = 0;
        for (RegionSeed r : REGIONS) {
            inserted += em.createNativeQuery(
                            "insert into region (id, name, country_code, default_language, time_zone) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, id("region:" + r.key()))
                    .setParameter(2, r.name())
                    .setParameter(3, r.country())
                    .setParameter(4, r.language())
                    .setParameter(5, r.zone())
                    .executeUpdate();
        }
        for (OrgSeed o : ORGANISATIONS) {
            inserted += em.createNativeQuery("""
                            insert into organisation (id, region_id, name, help_system, street, postal_code, city, contact_email)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing
                            """)
                    .setParameter(1, id("org:" + o.key()))
                    .setParameter(2, id("region:" + o.region()))
                    .setParameter(3, o.name())
                    .setParameter(4, o.helpSystem())
                    .setParameter(5, o.street())
                    .setParameter(6, o.postalCode())
                    .setParameter(7, o.city())
                    .setParameter(8, o.email())
                    .executeUpdate();
        }
        for (OfferSeed o : OFFERS) {
            inserted += em.createNativeQuery("""
                            insert into help_offer (id, organisation_id, region_id, name, description, kind, min_age, max_age,
                                                    languages, area_served, contact_email, capacity, waiting_list)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, string_to_array(?9, ','), ?10, ?11, ?12, ?13)
                            on conflict do nothing
                            """)
                    .setParameter(1, id("offer:" + o.key()))
                    .setParameter(2, id("org:" + o.organisation()))
                    .setParameter(3, id("region:" + o.organisation().substring(0, 2)))
                    .setParameter(4, o.name())
                    .setParameter(5, o.description())
                    .setParameter(6, o.kind())
                    .setParameter(7, o.minAge())
                    .setParameter(8, o.maxAge())
                    .setParameter(9, o.languages())
                    .setParameter(10, o.area())
                    .setParameter(11, o.email())
                    .setParameter(12, o.capacity())
                    .setParameter(13, o.waitingList())
                    .executeUpdate();
        }
        long existingUsers = ((Number) em.createNativeQuery("select count(*) from app_user where id in (?1)")
                        .setParameter(
                                1,
                                USERS.stream().map(u -> id("user:" + u.email())).toList())
                        .getSingleResult())
                .longValue();
        if (existingUsers == USERS.size()) {
            return inserted;
        }
        String hash = BcryptUtil.bcryptHash(PASSWORD, config.auth().bcryptCost());
        for (UserSeed u : USERS) {
            UUID userId = id("user:" + u.email());
            int added = em.createNativeQuery("""
                            insert into app_user (id, email, display_name, preferred_language, role, organisation_id, password_hash)
                            values (?1, ?2, ?3, ?4, ?5, cast(?6 as uuid), ?7) on conflict do nothing
                            """)
                    .setParameter(1, userId)
                    .setParameter(2, u.email())
                    .setParameter(3, u.name())
                    .setParameter(4, u.language())
                    .setParameter(5, u.role())
                    .setParameter(6, u.organisation() == null ? null : id("org:" + u.organisation()))
                    .setParameter(7, hash)
                    .executeUpdate();
            inserted += added;
            if (added > 0 && u.region() != null) {
                em.createNativeQuery(
                                "insert into user_region (user_id, region_id) values (?1, ?2) on conflict do nothing")
                        .setParameter(1, userId)
                        .setParameter(2, id("region:" + u.region()))
                        .executeUpdate();
            }
        }
        return inserted;
    }
}
