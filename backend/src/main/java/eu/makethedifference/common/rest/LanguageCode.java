package eu.makethedifference.common.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Only the schema of a language code (ISO 639-1) in the contract, for the items of language lists. */
@Schema(name = "LanguageCode", type = SchemaType.STRING, pattern = LanguageCode.PATTERN, maxLength = 2, example = "sl")
public final class LanguageCode {
    public static final String PATTERN = "^[a-z]{2}$";

    private LanguageCode() {}
}
