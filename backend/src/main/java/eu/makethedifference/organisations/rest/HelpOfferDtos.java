package eu.makethedifference.organisations.rest;

import eu.makethedifference.common.rest.LanguageCode;
import eu.makethedifference.organisations.HelpOfferEntity;
import eu.makethedifference.organisations.HelpOfferKind;
import eu.makethedifference.organisations.service.HelpOfferService.HelpOfferData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the help-offer directory. */
public final class HelpOfferDtos {
    private HelpOfferDtos() {}

    static final String LANGUAGE = LanguageCode.PATTERN;

    @Schema(name = "HelpOfferRequest", description = "The fields of a help offer a client may set")
    public record HelpOfferRequest(
            @NotNull @Schema(required = true) UUID organisationId,

            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, example = "Children's group Sonček")
            String name,

            @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000)
            String description,

            @NotNull @Schema(required = true) HelpOfferKind kind,

            @Min(0) @Max(25) @Schema(required = true, minimum = "0", maximum = "25", format = "int32")
            int minAge,

            @Min(0) @Max(25) @Schema(required = true, minimum = "0", maximum = "25", format = "int32")
            int maxAge,

            @NotEmpty
            @Size(max = 12)
            @Schema(
                    required = true,
                    type = SchemaType.ARRAY,
                    implementation = LanguageCode.class,
                    minItems = 1,
                    maxItems = 12,
                    description = "ISO 639-1 codes")
            List<@NotNull @Pattern(regexp = LANGUAGE) String> languages,

            @NotBlank @Size(max = 500) @Schema(required = true, maxLength = 500, example = "Ljubljana and surroundings")
            String areaServed,

            @Email @Size(max = 254) @Schema(maxLength = 254, format = "email")
            String contactEmail,

            @Size(max = 40)
            @Pattern(regexp = "^[0-9+()./ -]*$", message = "may contain digits, spaces and + ( ) . / - only")
            @Schema(maxLength = 40, pattern = "^[0-9+()./ -]*$")
            String contactPhone,

            @Min(0)
            @Max(100000)
            @Schema(minimum = "0", maximum = "100000", format = "int32", description = "Places; empty when not limited")
            Integer capacity,

            @Min(0) @Max(100000) @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
            int waitingList,

            @Schema(required = true) boolean active) {

        HelpOfferData toData() {
            return new HelpOfferData(
                    organisationId,
                    name,
                    description,
                    kind,
                    minAge,
                    maxAge,
                    languages,
                    areaServed,
                    contactEmail,
                    contactPhone,
                    capacity,
                    waitingList,
                    active);
        }
    }

    @Schema(name = "HelpOffer", description = "A help offer of an organisation (a service in HSDS terms)")
    public record HelpOffer(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID organisationId,
            @Schema(required = true) UUID regionId,
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true, maxLength = 4000) String description,
            @Schema(required = true) HelpOfferKind kind,

            @Schema(required = true, minimum = "0", maximum = "25", format = "int32")
            int minAge,

            @Schema(required = true, minimum = "0", maximum = "25", format = "int32")
            int maxAge,

            @Schema(required = true, type = SchemaType.ARRAY, implementation = LanguageCode.class, maxItems = 12)
            List<String> languages,

            @Schema(required = true, maxLength = 500) String areaServed,
            @Schema(maxLength = 254, format = "email") String contactEmail,
            @Schema(maxLength = 40) String contactPhone,

            @Schema(minimum = "0", maximum = "100000", format = "int32")
            Integer capacity,

            @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
            int waitingList,

            @Schema(required = true) boolean active,

            @Schema(
                    required = true,
                    description = "Row version; also sent as the ETag",
                    minimum = "0",
                    maximum = "2147483647",
                    format = "int32")
            int version,

            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {

        static HelpOffer of(HelpOfferEntity o) {
            return new HelpOffer(
                    o.id,
                    o.organisationId,
                    o.regionId,
                    o.name,
                    o.description,
                    o.kind,
                    o.minAge,
                    o.maxAge,
                    List.of(o.languages),
                    o.areaServed,
                    o.contactEmail,
                    o.contactPhone,
                    o.capacity,
                    o.waitingList,
                    o.active,
                    o.version,
                    o.createdAt,
                    o.updatedAt);
        }
    }

    @Schema(name = "HelpOfferPage", description = "One page of help offers")
    public record HelpOfferPage(
            @Schema(required = true, maxItems = 100) List<HelpOffer> items,

            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", format = "int64")
            long total,

            @Schema(required = true, minimum = "0", maximum = "100000", format = "int32")
            int page,

            @Schema(required = true, minimum = "1", maximum = "100", format = "int32")
            int size) {}
}
