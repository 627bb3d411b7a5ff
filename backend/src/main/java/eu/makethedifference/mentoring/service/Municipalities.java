package eu.makethedifference.mentoring.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The built-in list of municipalities (and districts) with their coordinates, per country, from which
 * volunteers and children pick their home area; matching measures distances between these points.
 */
public final class Municipalities {
    private Municipalities() {}

    public record Municipality(String name, double lat, double lon) {}

    /** Only the schema of a municipality's name in the contract. */
    @Schema(name = "MunicipalityName", type = SchemaType.STRING, maxLength = 100, example = "Maribor")
    public static final class Name {
        private Name() {}
    }

    private static final Map<String, List<Municipality>> BY_COUNTRY = Map.of(
            "SI",
            List.of(
                    new Municipality("Duplek", 46.5031, 15.7547),
                    new Municipality("Hoče-Slivnica", 46.4997, 15.6472),
                    new Municipality("Kidričevo", 46.4036, 15.7911),
                    new Municipality("Lenart", 46.5761, 15.8317),
                    new Municipality("Maribor", 46.5547, 15.6459),
                    new Municipality("Miklavž na Dravskem polju", 46.5058, 15.6972),
                    new Municipality("Ormož", 46.4114, 16.1544),
                    new Municipality("Ptuj", 46.4200, 15.8700),
                    new Municipality("Ruše", 46.5394, 15.5153),
                    new Municipality("Slovenska Bistrica", 46.3925, 15.5728),
                    new Municipality("Slovenske Konjice", 46.3369, 15.4214),
                    new Municipality("Starše", 46.4667, 15.7667)),
            "DE",
            List.of(
                    new Municipality("Angelmodde", 51.9206, 7.6900),
                    new Municipality("Coerde", 51.9933, 7.6578),
                    new Municipality("Gievenbeck", 51.9667, 7.5667),
                    new Municipality("Greven", 52.0917, 7.6083),
                    new Municipality("Hiltrup", 51.9011, 7.6419),
                    new Municipality("Kinderhaus", 52.0000, 7.6167),
                    new Municipality("Münster-Mitte", 51.9625, 7.6256),
                    new Municipality("Roxel", 51.9500, 7.5333),
                    new Municipality("Steinfurt", 52.1500, 7.3333),
                    new Municipality("Telgte", 51.9833, 7.7833),
                    new Municipality("Warendorf", 51.9539, 7.9933),
                    new Municipality("Wolbeck", 51.9167, 7.7333)));

    public static List<Municipality> of(String countryCode) {
        return BY_COUNTRY.getOrDefault(countryCode, List.of());
    }

    public static Optional<Municipality> find(String countryCode, String name) {
        return name == null
                ? Optional.empty()
                : of(countryCode).stream()
                        .filter(m -> m.name().equalsIgnoreCase(name.strip()))
                        .findFirst();
    }
}
