package eu.makethedifference.organisations.service;

import eu.makethedifference.common.error.ApiException;
import eu.makethedifference.organisations.HelpOfferEntity;
import eu.makethedifference.organisations.HelpOfferKind;
import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.organisations.OrganisationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * The public face of the help-offer directory, for anonymous readers (the HSDS feed): active offers and the
 * organisations that publish at least one of them. Only non-personal directory data leaves this service: no
 * user account, no inactive offer, no internal figure (waiting list, capacity). Read only.
 */
@ApplicationScoped
public class PublicDirectoryService {
    /** Most offers listed with one organisation. */
    public static final int MAX_OFFERS_PER_ORGANISATION = 1000;

    private static final String ACTIVE_OFFER_OF_ORG =
            "exists (select 1 from HelpOfferEntity a where a.organisationId = org.id and a.active = true)";

    @Inject
    EntityManager em;

    /** An organisation as the public directory shows it. */
    public record PublicOrganisation(
            UUID id,
            String name,
            HelpSystem helpSystem,
            String city,
            String email,
            String phone,
            String website,
            Instant updatedAt) {}

    /** An active help offer as the public directory shows it, with its organisation. */
    public record PublicOffer(
            UUID id,
            String name,
            String description,
            HelpOfferKind kind,
            int minAge,
            int maxAge,
            List<String> languages,
            String areaServed,
            String email,
            String phone,
            Instant updatedAt,
            PublicOrganisation organisation) {}

    /** Offers: text in name or description (case-insensitive), kind, changed on or after an instant. */
    public record OfferFilter(String search, HelpOfferKind kind, Instant modifiedAfter) {}

    /** Organisations: text in the name (case-insensitive), changed on or after an instant. */
    public record OrganisationFilter(String search, Instant modifiedAfter) {}

    public record OrganisationWithOffers(PublicOrganisation organisation, List<PublicOffer> offers) {}

    public record Page<T>(List<T> items, long total) {}

    /** One page of active offers, ordered by name; {@code page} counts from 0. One query plus a count. */
    public Page<PublicOffer> offers(OfferFilter filter, int page, int size) {
        List<String> where = new ArrayList<>(List.of("org.id = o.organisationId", "o.active = true"));
        Map<String, Object> params = new HashMap<>();
        if (filter.search() != null && !filter.search().isBlank()) {
            where.add("(lower(o.name) like :search escape '\\' or lower(o.description) like :search escape '\\')");
            params.put("search", likePattern(filter.search()));
        }
        if (filter.kind() != null) {
            where.add("o.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.modifiedAfter() != null) {
            where.add("o.updatedAt >= :after");
            params.put("after", filter.modifiedAfter());
        }
        String from = " from HelpOfferEntity o, OrganisationEntity org where " + String.join(" and ", where);
        TypedQuery<Object[]> query = em.createQuery("select o, org" + from + " order by o.name, o.id", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + from, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<PublicOffer> items =
                readOnly(query).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                        .map(row -> offer((HelpOfferEntity) row[0], organisation((OrganisationEntity) row[1])))
                        .toList();
        return new Page<>(items, count.getSingleResult());
    }

    /** An active offer; 404 for unknown and inactive ones alike. */
    public PublicOffer offer(UUID id) {
        List<Object[]> rows = readOnly(em.createQuery(
                                "select o, org from HelpOfferEntity o, OrganisationEntity org"
                                        + " where org.id = o.organisationId and o.active = true and o.id = :id",
                                Object[].class)
                        .setParameter("id", id))
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound();
        }
        Object[] row = rows.getFirst();
        return offer((HelpOfferEntity) row[0], organisation((OrganisationEntity) row[1]));
    }

    /** One page of organisations with at least one active offer, ordered by name. One query plus a count. */
    public Page<PublicOrganisation> organisations(OrganisationFilter filter, int page, int size) {
        List<String> where = new ArrayList<>(List.of(ACTIVE_OFFER_OF_ORG));
        Map<String, Object> params = new HashMap<>();
        if (filter.search() != null && !filter.search().isBlank()) {
            where.add("lower(org.name) like :search escape '\\'");
            params.put("search", likePattern(filter.search()));
        }
        if (filter.modifiedAfter() != null) {
            where.add("org.updatedAt >= :after");
            params.put("after", filter.modifiedAfter());
        }
        String from = " from OrganisationEntity org where " + String.join(" and ", where);
        TypedQuery<OrganisationEntity> query =
                em.createQuery("select org" + from + " order by org.name, org.id", OrganisationEntity.class);
        TypedQuery<Long> count = em.createQuery("select count(org)" + from, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<PublicOrganisation> items =
                readOnly(query).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                        .map(PublicDirectoryService::organisation)
                        .toList();
        return new Page<>(items, count.getSingleResult());
    }

    /**
     * An organisation with its active offers (at most {@link #MAX_OFFERS_PER_ORGANISATION}, by name); 404 when
     * it is unknown or publishes no active offer. Two queries.
     */
    public OrganisationWithOffers organisation(UUID id) {
        List<OrganisationEntity> found = readOnly(em.createQuery(
                                "select org from OrganisationEntity org where org.id = :id and " + ACTIVE_OFFER_OF_ORG,
                                OrganisationEntity.class)
                        .setParameter("id", id))
                .getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        PublicOrganisation organisation = organisation(found.getFirst());
        List<PublicOffer> offers = readOnly(em.createQuery(
                                "select o from HelpOfferEntity o where o.organisationId = :id and o.active = true"
                                        + " order by o.name, o.id",
                                HelpOfferEntity.class)
                        .setParameter("id", id))
                .setMaxResults(MAX_OFFERS_PER_ORGANISATION)
                .getResultList()
                .stream()
                .map(o -> offer(o, organisation))
                .toList();
        return new OrganisationWithOffers(organisation, offers);
    }

    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    /** {@code %text%} in lower case, with LIKE's wildcards in the text taken literally. */
    static String likePattern(String text) {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static PublicOrganisation organisation(OrganisationEntity org) {
        return new PublicOrganisation(
                org.id,
                org.name,
                org.helpSystem,
                org.city,
                org.contactEmail,
                org.contactPhone,
                org.website,
                org.updatedAt);
    }

    private static PublicOffer offer(HelpOfferEntity o, PublicOrganisation organisation) {
        return new PublicOffer(
                o.id,
                o.name,
                o.description,
                o.kind,
                o.minAge,
                o.maxAge,
                List.of(o.languages),
                o.areaServed,
                o.contactEmail,
                o.contactPhone,
                o.updatedAt,
                organisation);
    }
}
