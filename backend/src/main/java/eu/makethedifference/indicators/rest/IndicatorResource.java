package eu.makethedifference.indicators.rest;

import eu.makethedifference.common.security.CallerContext;
import eu.makethedifference.common.security.Role;
import eu.makethedifference.indicators.service.IndicatorExport;
import eu.makethedifference.indicators.service.IndicatorService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Indicators for programme steering and the funder's reports. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Programme indicators per region and month, with exports")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class IndicatorResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    private static final String MONTH = "^[0-9]{4}-[0-9]{2}$";

    @Inject
    IndicatorService service;

    @Inject
    CallerContext caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Indicators for a period",
            description = "Coordinators: their regions (404 for another region); ADMIN: all regions, with their"
                    + " total. Months are counted in each region's time zone. Child-level figures below 5 are"
                    + " suppressed (a flag, no number), and so are the cells that would reveal them. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = IndicatorService.Report.class)))
    @APIResponse(responseCode = "404", description = "A region you do not work in")
    public IndicatorService.Report getIndicators(@BeanParam Scope scope) {
        return service.report(caller.require(), scope.regionId, scope.period());
    }

    @GET
    @Path("/export")
    @Produces({CSV, XLSX})
    @Operation(
            summary = "Export the indicators as CSV or XLSX",
            description = "The same figures as the report, one row per region, indicator and part, one column per"
                    + " month and one for the period. Audited.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 50000000)),
                @Content(
                        mediaType = XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 50000000))
            })
    @APIResponse(responseCode = "404", description = "A region you do not work in")
    public Response exportIndicators(
            @QueryParam("format")
                    @NotNull
                    @Pattern(regexp = "csv|xlsx")
                    @Parameter(
                            required = true,
                            description = "csv or xlsx",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "xlsx"}))
                    String format,
            @BeanParam Scope scope) {
        IndicatorService.Report report = service.forExport(caller.require(), scope.regionId, scope.period(), format);
        boolean csv = format.equals("csv");
        return Response.ok(
                        csv ? IndicatorExport.csv(report) : IndicatorExport.xlsx(report),
                        csv ? CSV + "; charset=UTF-8" : XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + IndicatorExport.fileName(report, scope.regionId != null, format)
                                + "\"")
                .build();
    }

    /** The period and region of a request. */
    public static class Scope {
        @QueryParam("from")
        @Parameter(
                description = "First month (default: January of this year)",
                schema = @Schema(type = SchemaType.STRING, pattern = MONTH, maxLength = 7, examples = "2026-01"))
        String from;

        @QueryParam("to")
        @Parameter(
                description = "Last month, at most 36 after from (default: this month)",
                schema = @Schema(type = SchemaType.STRING, pattern = MONTH, maxLength = 7, examples = "2026-12"))
        String to;

        @QueryParam("regionId")
        @Parameter(description = "Only this region (default: every region you see)")
        UUID regionId;

        IndicatorService.Period period() {
            return IndicatorService.Period.parse(from, to, YearMonth.now(ZoneOffset.UTC));
        }
    }
}
