package eu.makethedifference.common.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters every list shares; a size above the cap is a 400. */
public class PageParams {
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100000)
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue(Paging.DEFAULT_SIZE)
    @Min(1)
    @Max(Paging.MAX_SIZE)
    @Parameter(description = "Page size, at most 100")
    public int size;
}
