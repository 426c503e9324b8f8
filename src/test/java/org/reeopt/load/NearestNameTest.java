package org.reeopt.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearestNameTest {
    private static final List<String> COLUMNS = List.of("id", "name", "nation", "stage", "material",
            "outputTonnesPerYearPerUnit", "capexMillionUsdPerUnit", "leadTimeYears", "maxUnits");

    @Test
    void aSmallTypoFindsTheIntendedName() {
        assertEquals(Optional.of("leadTimeYears"), NearestName.among("leadTimeYear", COLUMNS));
        assertEquals(Optional.of("capexMillionUsdPerUnit"), NearestName.among("capexMilionUsdPerUnit", COLUMNS));
        assertEquals(Optional.of("nation"), NearestName.among("natoin", COLUMNS));
    }

    @Test
    void caseIsIgnored() {
        assertEquals(Optional.of("leadTimeYears"), NearestName.among("LEADTIMEYEARS", COLUMNS));
        assertEquals(Optional.of("maxUnits"), NearestName.among("max_units", COLUMNS));
    }

    @Test
    void somethingFarFromEveryNameHasNoSuggestion() {
        assertEquals(Optional.empty(), NearestName.among("zzzzzzzzzz", COLUMNS));
        assertEquals(Optional.empty(), NearestName.among("anything", List.of()));
    }

    @Test
    void theAllowedDistanceGrowsWithTheLengthOfTheName() {
        // max(2, length / 3): a 12-letter name may be 4 edits away, a 6-letter one only 2
        assertEquals(Optional.of("abcdefghijkl"), NearestName.among("abcdefghWXYZ", List.of("abcdefghijkl")));
        assertEquals(Optional.empty(), NearestName.among("abcdefghVWXYZ", List.of("abcdefghijklm")));
        assertEquals(Optional.of("abcdef"), NearestName.among("abcdXY", List.of("abcdef")));
        assertEquals(Optional.empty(), NearestName.among("abcXYZ", List.of("abcdef")));
    }

    @Test
    void hintIsADidYouMeanOrTheSortedValidNames() {
        assertEquals(" (did you mean `lastYear`?)", NearestName.hint("lastyeer", Set.of("firstYear", "lastYear")));
        assertEquals(" (valid: firstYear, lastYear)", NearestName.hint("zzzzzzzz", Set.of("lastYear", "firstYear")));
    }

    /** Issue 13 item 10: a hint among 250,000 option ids was one line of 2.7 MB. */
    @Test
    void aHintAmongManyNamesListsThirtyAndCountsTheRest() {
        List<String> ids = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> String.format("opt%04d", i)).toList();
        String hint = NearestName.hint("zzzzzzzzzzzz", ids);
        assertEquals(" (valid: " + String.join(", ", ids.subList(0, 30)) + " and 970 more)", hint);
    }

    @Test
    void distanceIsTheLevenshteinDistance() {
        assertEquals(3, NearestName.distance("kitten", "sitting"));
        assertEquals(0, NearestName.distance("same", "same"));
        assertEquals(4, NearestName.distance("", "four"));
        assertEquals(4, NearestName.distance("four", ""));
        assertEquals(2, NearestName.distance("ab", "ba"), "a swap is two edits");
    }
}
