package eu.makethedifference.organisations.rest;

import eu.makethedifference.organisations.RegionEntity;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A partner country or a region in it")
public record Region(
        @Schema(required = true) UUID id,

        @Schema(required = true, maxLength = 200, example = "Slovenia – Podravje")
        String name,

        @Schema(required = true, pattern = "^[A-Z]{2}$", maxLength = 2, example = "SI")
        String countryCode,

        @Schema(required = true, pattern = "^[a-z]{2}$", maxLength = 8, example = "sl")
        String defaultLanguage,

        @Schema(required = true, maxLength = 64, example = "Europe/Ljubljana")
        String timeZone,

        @Schema(required = true, minimum = "0", maximum = "2147483647", format = "int32")
        int version) {

    static Region of(RegionEntity r) {
        return new Region(r.id, r.name, r.countryCode, r.defaultLanguage, r.timeZone, r.version);
    }
}
