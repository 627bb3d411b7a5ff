package eu.makethedifference.hsds.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * HSDS paging: {@code page} from 1 and {@code per_page} up to 100; values out of range are a 400. The fields
 * carry the query parameters' names so that validation errors name them.
 */
public class HsdsPaging {
    public static final int MAX_PER_PAGE = 100;
    public static final int MAX_PAGE = 100000;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Max(MAX_PAGE)
    @Parameter(
            description = "Page number, from 1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100000"))
    public int page;

    @QueryParam("per_page")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_PER_PAGE)
    @Parameter(
            description = "Items per page, at most 100",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100"))
    public int per_page;

    /** The page for the service layer, from 0. */
    int offsetPage() {
        return page - 1;
    }
}
