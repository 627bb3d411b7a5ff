package eu.makethedifference.hsds.service;

import eu.makethedifference.organisations.HelpOfferKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The one taxonomy the HSDS feed uses: the kinds of help offer. Its id and the id of every term are name-based
 * UUIDs (version 3) of fixed names, so they never change between deployments and releases.
 */
public final class HsdsTaxonomy {
    public static final String NAME = "Make the Difference help-offer kinds";
    public static final String DESCRIPTION =
            "What a help offer for children of parents with an addiction and their families is.";
    public static final String VERSION = "1";
    public static final UUID ID = uuid("mtd:hsds:taxonomy:help-offer-kind");

    private HsdsTaxonomy() {}

    /** The stable id of a kind's taxonomy term. */
    public static UUID termId(HelpOfferKind kind) {
        return uuid("mtd:hsds:taxonomy:help-offer-kind:" + kind.name());
    }

    /** The kind a term id stands for; empty for an id that is not one of our terms. */
    public static Optional<HelpOfferKind> kindOf(UUID termId) {
        return Arrays.stream(HelpOfferKind.values())
                .filter(kind -> termId(kind).equals(termId))
                .findFirst();
    }

    /** The English name of a kind's term. */
    public static String termName(HelpOfferKind kind) {
        return switch (kind) {
            case MENTORING_PROGRAMME -> "Mentoring programme";
            case CHILDREN_GROUP -> "Children's group";
            case FAMILY_COUNSELLING -> "Family counselling";
            case PARENT_SUPPORT -> "Parent support";
            case THERAPY -> "Therapy";
            case OTHER -> "Other help";
        };
    }

    /** The English description of a kind's term. */
    public static String termDescription(HelpOfferKind kind) {
        return switch (kind) {
            case MENTORING_PROGRAMME -> "A trained volunteer mentor meets a child regularly over a long period.";
            case CHILDREN_GROUP -> "A group where children of parents with an addiction meet and are supported.";
            case FAMILY_COUNSELLING -> "Counselling for the family as a whole.";
            case PARENT_SUPPORT -> "Support for mothers and fathers in their role as parents.";
            case THERAPY -> "Therapy for children or young people.";
            case OTHER -> "Other help for children and families.";
        };
    }

    /** A stable id derived from a name: the ids of nested HSDS objects (languages, phones, ...). */
    public static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
