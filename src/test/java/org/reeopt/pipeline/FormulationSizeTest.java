package org.reeopt.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reeopt.model.LinearProgram;

/**
 * docs/formulation.md, "Size", states the size of the default model and of models/instruments.json in prose; the
 * figures must be those of the models the shipped data build (no solve: building takes a fraction of a second).
 */
class FormulationSizeTest {
    private static final Pattern SIZE = Pattern.compile("(\\d[\\d,]*)\\s+variables \\((\\d+) integer\\) and "
            + "(\\d[\\d,]*) rows");

    @Test
    void theSizesInTheFormulationAreThoseOfTheShippedModels() throws IOException {
        String doc = Files.readString(Path.of("docs/formulation.md"));
        String section = doc.substring(doc.indexOf("## Size"));
        Matcher m = SIZE.matcher(section.replaceAll("\\s+", " "));
        for (String scenario : new String[] {"models/default.json", "models/instruments.json"}) {
            assertTrue(m.find(), "docs/formulation.md, Size: no size stated for " + scenario);
            LinearProgram p = Pipeline.firstProgram(Pipeline.load(Path.of(scenario)), RunOptions.defaults());
            String stated = m.group(0);
            assertEquals(p.variables().size() + " variables (" + p.integerCount() + " integer) and " + p.rows().size()
                    + " rows", stated.replace(",", ""), scenario);
        }
    }
}
