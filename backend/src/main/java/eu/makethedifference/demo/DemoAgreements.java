package eu.makethedifference.demo;

import eu.makethedifference.agreements.Agreement;
import eu.makethedifference.agreements.AgreementStatus.Action;
import eu.makethedifference.agreements.CommitmentType;
import eu.makethedifference.agreements.FrequencyUnit;
import eu.makethedifference.agreements.service.AgreementService;
import eu.makethedifference.agreements.service.CommitmentService;
import eu.makethedifference.common.security.Caller;
import eu.makethedifference.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo agreements, made through the agreements service as the demo users would: in each region one in
 * negotiation and one active with commitments and activities. Once per region.
 */
@ApplicationScoped
public class DemoAgreements {
    @Inject
    EntityManager em;

    @Inject
    AgreementService agreements;

    @Inject
    CommitmentService commitments;

    record RegionAgreements(
            String region,
            String addictionUser,
            String addictionOrg,
            String welfareUser,
            String welfareOrg,
            String coordinator,
            String negotiationTitle,
            String activeTitle,
            String caseDiscussion,
            String jobShadowing,
            String note) {}

    static final List<RegionAgreements> SEEDS = List.of(
            new RegionAgreements(
                    "si",
                    "addiction.si@example.org",
                    "si-addiction",
                    "welfare.si@example.org",
                    "si-welfare",
                    "coordinator.si@example.org",
                    "Dogovor o sodelovanju: šolska okolja Maribor",
                    "Dogovor o sodelovanju za otroke iz družin z zasvojenostjo – Podravje",
                    "Skupna obravnava primerov, izmenično pri obeh partnerjih",
                    "Hospitacija pri partnerju",
                    "Anonimizirana obravnava dveh primerov; dogovor o poti napotitve."),
            new RegionAgreements(
                    "de",
                    "addiction.de@example.org",
                    "de-addiction",
                    "welfare.de@example.org",
                    "de-welfare",
                    "coordinator.de@example.org",
                    "Kooperationsvereinbarung Familienhilfe Münster-Süd",
                    "Kooperationsvereinbarung Suchthilfe und Jugendhilfe Münster",
                    "Fallbesprechung, abwechselnd bei beiden Partnern",
                    "Hospitation beim Partner",
                    "Zwei anonymisierte Fälle besprochen; Vermittlungsweg abgestimmt."));

    @Transactional
    int seed() {
        em.createNativeQuery("select pg_advisory_xact_lock(4242003)").getSingleResult();
        int added = 0;
        for (RegionAgreements r : SEEDS) {
            UUID region = DemoData.id("region:" + r.region());
            long existing = ((Number) em.createNativeQuery("select count(*) from agreement where region_id = ?1")
                            .setParameter(1, region)
                            .getSingleResult())
                    .longValue();
            if (existing > 0) {
                continue;
            }
            Caller addiction = professional(r.addictionUser(), r.addictionOrg(), region);
            Caller welfare = professional(r.welfareUser(), r.welfareOrg(), region);
            Caller coordinator =
                    new Caller(DemoData.id("user:" + r.coordinator()), Role.COORDINATOR, Set.of(region), null, null);
            UUID addictionOrg = DemoData.id("org:" + r.addictionOrg());
            UUID welfareOrg = DemoData.id("org:" + r.welfareOrg());

            // In negotiation: drafted by the addiction counsellor, the youth office joined.
            Agreement draft = agreements.create(addiction, region, r.negotiationTitle());
            draft = agreements.putParty(
                    addiction, draft.id, welfareOrg, draft.version, party(r.welfareUser(), welfare.userId()));
            draft = agreements.transition(addiction, draft.id, Action.SUBMIT, null);
            var firstSection = agreements.sections(draft.id).get(0);
            agreements.updateSection(
                    welfare,
                    draft.id,
                    firstSection.id,
                    draft.version,
                    new AgreementService.SectionData(firstSection.title, firstSection.body + "\n\n" + r.note()));

            // Active: signed by both parties, implemented for four months.
            Agreement active = agreements.create(coordinator, region, r.activeTitle());
            active = agreements.putParty(
                    coordinator, active.id, addictionOrg, active.version, party(r.addictionUser(), addiction.userId()));
            active = agreements.putParty(
                    coordinator, active.id, welfareOrg, active.version, party(r.welfareUser(), welfare.userId()));
            active = agreements.update(
                    coordinator,
                    active.id,
                    active.version,
                    new AgreementService.AgreementData(
                            active.title, 10, LocalDate.now().plusMonths(8)));
            LocalDate start = LocalDate.now().minusDays(120);
            UUID caseDiscussion = commitments.create(
                            coordinator,
                            active.id,
                            new CommitmentService.CommitmentData(
                                    CommitmentType.CASE_DISCUSSION,
                                    r.caseDiscussion(),
                                    FrequencyUnit.WEEKS,
                                    8,
                                    welfareOrg,
                                    start))
                    .id;
            commitments.create(
                    coordinator,
                    active.id,
                    new CommitmentService.CommitmentData(
                            CommitmentType.JOB_SHADOWING,
                            r.jobShadowing(),
                            FrequencyUnit.TIMES_PER_YEAR,
                            2,
                            addictionOrg,
                            start.minusMonths(3)));
            agreements.transition(coordinator, active.id, Action.SUBMIT, null);
            active = agreements.transition(coordinator, active.id, Action.READY, null);
            agreements.sign(addiction, active.id, addictionOrg, active.currentVersion);
            agreements.sign(welfare, active.id, welfareOrg, active.currentVersion);
            agreements.transition(coordinator, active.id, Action.ACTIVATE, null);
            for (LocalDate held : List.of(start.plusDays(50), start.plusDays(100))) {
                commitments.logActivity(
                        welfare,
                        active.id,
                        caseDiscussion,
                        new CommitmentService.ActivityData(held, Set.of(addictionOrg, welfareOrg), r.note()));
            }
            added += 2;
        }
        return added;
    }

    private static Caller professional(String email, String org, UUID region) {
        return new Caller(
                DemoData.id("user:" + email), Role.PROFESSIONAL, Set.of(region), DemoData.id("org:" + org), null);
    }

    private AgreementService.PartyData party(String email, UUID signatory) {
        String name = (String) em.createNativeQuery("select display_name from app_user where id = ?1")
                .setParameter(1, signatory)
                .getSingleResult();
        return new AgreementService.PartyData(name, email, null, signatory);
    }
}
