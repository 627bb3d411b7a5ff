package eu.makethedifference.hsds.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.makethedifference.hsds.service.HsdsTaxonomy;
import eu.makethedifference.organisations.HelpOfferKind;
import eu.makethedifference.organisations.HelpSystem;
import eu.makethedifference.organisations.service.PublicDirectoryService;
import eu.makethedifference.organisations.service.PublicDirectoryService.Page;
import eu.makethedifference.organisations.service.PublicDirectoryService.PublicOffer;
import eu.makethedifference.organisations.service.PublicDirectoryService.PublicOrganisation;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Response bodies of the HSDS 3.0 feed (Open Referral Human Services Data Specification): property names and
 * shapes as the HSDS schemas define them. Only the objects and properties the directory has data for.
 */
public final class HsdsDtos {
    private HsdsDtos() {}

    static final String HSDS_VERSION = "3.0";

    /** The canonical HSDS 3.0 schema directory: the default profile (no local changes). */
    static final String DEFAULT_PROFILE = "https://github.com/openreferral/specification/tree/3.0/schema";

    @Schema(name = "HsdsApiInfo", description = "HSDS: information about this API and its relationship with HSDS")
    public record ApiInfo(
            @Schema(required = true, description = "HSDS version of this API", maxLength = 10, example = "3.0")
            String version,

            @Schema(
                    required = true,
                    description = "URL of the HSDS profile of this API (the default profile)",
                    format = "uri",
                    maxLength = 500)
            String profile,

            @JsonProperty("openapi_url")
            @Schema(
                    required = true,
                    description = "URL of the OpenAPI document that defines this API",
                    format = "uri",
                    maxLength = 500)
            String openapiUrl) {}

    @Schema(name = "HsdsPhone", description = "HSDS phone: an organisational telephone number")
    public record Phone(
            @Schema(required = true) UUID id,
            @JsonProperty("service_id") UUID serviceId,
            @JsonProperty("organization_id") UUID organizationId,
            @Schema(required = true, maxLength = 40) String number,
            @Schema(enumeration = {"voice"}) String type) {}

    @Schema(name = "HsdsServiceArea", description = "HSDS service_area: the area a service is available for")
    public record ServiceArea(
            @Schema(required = true) UUID id,
            @JsonProperty("service_id") UUID serviceId,
            @Schema(maxLength = 500) String name) {}

    @Schema(name = "HsdsLanguage", description = "HSDS language: a language the service is offered in")
    public record Language(
            @Schema(required = true) UUID id,
            @JsonProperty("service_id") UUID serviceId,
            @Schema(maxLength = 100, example = "Slovenian") String name,

            @Schema(maxLength = 8, example = "sl", description = "ISO 639-1")
            String code) {}

    @Schema(name = "HsdsTaxonomy", description = "HSDS taxonomy: the kinds of help offer")
    public record Taxonomy(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true, maxLength = 500) String description,
            @Schema(maxLength = 10) String version) {}

    @Schema(name = "HsdsTaxonomyTerm", description = "HSDS taxonomy_term: one kind of help offer")
    public record TaxonomyTerm(
            @Schema(required = true, description = "Stable: a name-based UUID of the kind")
            UUID id,

            @Schema(maxLength = 30, example = "CHILDREN_GROUP")
            String code,

            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true, maxLength = 500) String description,
            @Schema(maxLength = 200) String taxonomy,
            @JsonProperty("taxonomy_id") UUID taxonomyId,
            @JsonProperty("taxonomy_detail") Taxonomy taxonomyDetail,
            @Schema(maxLength = 8, example = "en") String language) {

        static TaxonomyTerm of(HelpOfferKind kind) {
            return new TaxonomyTerm(
                    HsdsTaxonomy.termId(kind),
                    kind.name(),
                    HsdsTaxonomy.termName(kind),
                    HsdsTaxonomy.termDescription(kind),
                    HsdsTaxonomy.NAME,
                    HsdsTaxonomy.ID,
                    new Taxonomy(HsdsTaxonomy.ID, HsdsTaxonomy.NAME, HsdsTaxonomy.DESCRIPTION, HsdsTaxonomy.VERSION),
                    "en");
        }
    }

    @Schema(name = "HsdsAttribute", description = "HSDS attribute: links a service to its taxonomy term")
    public record Attribute(
            @Schema(required = true) UUID id,

            @JsonProperty("link_id") @Schema(description = "The service")
            UUID linkId,

            @JsonProperty("link_type") @Schema(enumeration = {"service_kind"})
            String linkType,

            @JsonProperty("link_entity") @Schema(enumeration = {"service"})
            String linkEntity,

            @JsonProperty("taxonomy_term_id") UUID taxonomyTermId,
            @JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {}

    @Schema(
            name = "HsdsOrganization",
            description = "HSDS organization: an organisation that publishes at least one active help offer."
                    + " phones and services only in the full organization.")
    public record Organization(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 200) String name,

            @Schema(required = true, maxLength = 400, description = "Its help system and city")
            String description,

            @Schema(maxLength = 254, format = "email", description = "The organisation's contact address")
            String email,

            @Schema(maxLength = 500, format = "uri") String website,
            @Schema(maxItems = 1) List<Phone> phones,

            @Schema(
                    maxItems = PublicDirectoryService.MAX_OFFERS_PER_ORGANISATION,
                    description = "Its active services (one-to-one fields), by name; in the full organization only")
            List<Service> services) {

        static Organization summary(PublicOrganisation o) {
            return new Organization(o.id(), o.name(), describe(o), o.email(), webAddress(o.website()), null, null);
        }

        static Organization full(PublicOrganisation o, List<PublicOffer> offers) {
            List<Phone> phones = o.phone() == null
                    ? List.of()
                    : List.of(new Phone(
                            HsdsTaxonomy.uuid("mtd:hsds:organization-phone:" + o.id()),
                            null,
                            o.id(),
                            o.phone(),
                            "voice"));
            return new Organization(
                    o.id(),
                    o.name(),
                    describe(o),
                    o.email(),
                    webAddress(o.website()),
                    phones,
                    offers.stream().map(offer -> Service.summary(offer, false)).toList());
        }
    }

    @Schema(
            name = "HsdsOrganizationSummary",
            description = "HSDS organization, its one-to-one fields: the organization a service belongs to")
    public record OrganizationSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 200) String name,

            @Schema(required = true, maxLength = 400, description = "Its help system and city")
            String description,

            @Schema(maxLength = 254, format = "email", description = "The organisation's contact address")
            String email,

            @Schema(maxLength = 500, format = "uri") String website) {

        static OrganizationSummary of(PublicOrganisation o) {
            return new OrganizationSummary(o.id(), o.name(), describe(o), o.email(), webAddress(o.website()));
        }
    }

    @Schema(
            name = "HsdsService",
            description = "HSDS service: an active help offer. Lists carry the one-to-one fields and the organization;"
                    + " the full service adds phones, service_areas, languages and attributes.")
    public record Service(
            @Schema(required = true) UUID id,
            @JsonProperty("organization_id") UUID organizationId,
            @Schema(required = true, maxLength = 200) String name,
            @Schema(maxLength = 4000) String description,

            @Schema(maxLength = 254, format = "email", description = "Organisational contact address")
            String email,

            @Schema(
                    required = true,
                    enumeration = {"active"},
                    description = "Always active: inactive offers are not published")
            String status,

            @JsonProperty("minimum_age") @Schema(minimum = "0", maximum = "25", format = "int32")
            Integer minimumAge,

            @JsonProperty("maximum_age") @Schema(minimum = "0", maximum = "25", format = "int32")
            Integer maximumAge,

            @JsonProperty("last_modified") Instant lastModified,
            OrganizationSummary organization,
            @Schema(maxItems = 1) List<Phone> phones,

            @JsonProperty("service_areas") @Schema(maxItems = 1)
            List<ServiceArea> serviceAreas,

            @Schema(maxItems = 12) List<Language> languages,

            @Schema(maxItems = 1, description = "The kind of help offer as a taxonomy term")
            List<Attribute> attributes) {

        static Service summary(PublicOffer o, boolean withOrganization) {
            return new Service(
                    o.id(),
                    o.organisation().id(),
                    o.name(),
                    o.description(),
                    o.email(),
                    "active",
                    o.minAge(),
                    o.maxAge(),
                    o.updatedAt(),
                    withOrganization ? OrganizationSummary.of(o.organisation()) : null,
                    null,
                    null,
                    null,
                    null);
        }

        static Service full(PublicOffer o) {
            String key = "mtd:hsds:service:" + o.id() + ":";
            List<Phone> phones = o.phone() == null
                    ? List.of()
                    : List.of(new Phone(HsdsTaxonomy.uuid(key + "phone"), o.id(), null, o.phone(), "voice"));
            List<ServiceArea> areas = List.of(new ServiceArea(HsdsTaxonomy.uuid(key + "area"), o.id(), o.areaServed()));
            List<Language> languages = o.languages().stream()
                    .map(code ->
                            new Language(HsdsTaxonomy.uuid(key + "language:" + code), o.id(), languageName(code), code))
                    .toList();
            List<Attribute> attributes = List.of(new Attribute(
                    HsdsTaxonomy.uuid(key + "kind"),
                    o.id(),
                    "service_kind",
                    "service",
                    HsdsTaxonomy.termId(o.kind()),
                    TaxonomyTerm.of(o.kind())));
            Service s = summary(o, true);
            return new Service(
                    s.id(),
                    s.organizationId(),
                    s.name(),
                    s.description(),
                    s.email(),
                    s.status(),
                    s.minimumAge(),
                    s.maximumAge(),
                    s.lastModified(),
                    s.organization(),
                    phones,
                    areas,
                    languages,
                    attributes);
        }
    }

    @Schema(name = "HsdsServicePage", description = "HSDS: one page of services")
    public record ServicePage(
            @JsonProperty("total_items")
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", format = "int64")
            long totalItems,

            @JsonProperty("total_pages")
            @Schema(required = true, minimum = "0", maximum = "2147483647", format = "int32")
            int totalPages,

            @JsonProperty("page_number") @Schema(required = true, minimum = "1", maximum = "100000", format = "int32")
            int pageNumber,

            @Schema(
                    required = true,
                    description = "Items on this page",
                    minimum = "0",
                    maximum = "100",
                    format = "int32")
            int size,

            @JsonProperty("first_page") @Schema(required = true)
            boolean firstPage,

            @JsonProperty("last_page") @Schema(required = true)
            boolean lastPage,

            @Schema(required = true, description = "Whether this page has no items")
            boolean empty,

            @Schema(required = true, maxItems = 100) List<Service> contents) {

        static ServicePage of(Page<PublicOffer> page, int pageNumber, int perPage) {
            PageInfo info = PageInfo.of(page, pageNumber, perPage);
            return new ServicePage(
                    page.total(),
                    info.totalPages(),
                    pageNumber,
                    page.items().size(),
                    pageNumber == 1,
                    info.last(),
                    page.items().isEmpty(),
                    page.items().stream().map(o -> Service.summary(o, true)).toList());
        }
    }

    @Schema(name = "HsdsOrganizationPage", description = "HSDS: one page of organizations")
    public record OrganizationPage(
            @JsonProperty("total_items")
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", format = "int64")
            long totalItems,

            @JsonProperty("total_pages")
            @Schema(required = true, minimum = "0", maximum = "2147483647", format = "int32")
            int totalPages,

            @JsonProperty("page_number") @Schema(required = true, minimum = "1", maximum = "100000", format = "int32")
            int pageNumber,

            @Schema(
                    required = true,
                    description = "Items on this page",
                    minimum = "0",
                    maximum = "100",
                    format = "int32")
            int size,

            @JsonProperty("first_page") @Schema(required = true)
            boolean firstPage,

            @JsonProperty("last_page") @Schema(required = true)
            boolean lastPage,

            @Schema(required = true, description = "Whether this page has no items")
            boolean empty,

            @Schema(required = true, maxItems = 100) List<Organization> contents) {

        static OrganizationPage of(Page<PublicOrganisation> page, int pageNumber, int perPage) {
            PageInfo info = PageInfo.of(page, pageNumber, perPage);
            return new OrganizationPage(
                    page.total(),
                    info.totalPages(),
                    pageNumber,
                    page.items().size(),
                    pageNumber == 1,
                    info.last(),
                    page.items().isEmpty(),
                    page.items().stream().map(Organization::summary).toList());
        }
    }

    /** Pages needed for all items (0 when there are none), and whether the page is the last one or beyond. */
    private record PageInfo(int totalPages, boolean last) {
        static PageInfo of(Page<?> page, int pageNumber, int perPage) {
            int totalPages = (int) Math.min(Integer.MAX_VALUE, (page.total() + perPage - 1) / perPage);
            return new PageInfo(totalPages, pageNumber >= totalPages);
        }
    }

    /** HSDS requires a description; the directory has none for organisations, so it names help system and city. */
    static String describe(PublicOrganisation o) {
        String what = helpSystemName(o.helpSystem());
        return o.city() == null ? what + "." : what + " in " + o.city() + ".";
    }

    private static String helpSystemName(HelpSystem system) {
        return switch (system) {
            case ADDICTION_CARE -> "Addiction care organisation";
            case YOUTH_WELFARE -> "Youth welfare organisation";
            case SCHOOL -> "School";
            case HEALTH -> "Health care organisation";
            case UNIVERSITY -> "University";
            case OTHER -> "Organisation";
        };
    }

    /** The website when it is an absolute http(s) URL (HSDS wants a URI), otherwise nothing. */
    static String webAddress(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(website.strip());
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The English name of an ISO 639-1 code, or the code when Java does not know it. */
    static String languageName(String code) {
        String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
        return name == null || name.isBlank() ? code : name;
    }
}
