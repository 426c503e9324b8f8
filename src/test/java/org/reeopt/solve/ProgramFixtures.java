package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.reeopt.model.LinearProgram;

/**
 * Programs saved as JSON test fixtures: variables (name, lower, upper, null for infinite; {@code "integer": true}
 * for an integer one), rows (name, columns, coefficients, lower, upper), the objective, and optionally a start point
 * ({@code "start"}: a value per variable).
 */
final class ProgramFixtures {
    private ProgramFixtures() {
    }

    /** The program and its start point (null when the fixture has none). */
    record Saved(LinearProgram program, double[] start) {
    }

    static Saved read(String resource) throws IOException {
        try (InputStream in = ProgramFixtures.class.getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper().readTree(in);
            LinearProgram.Builder b = new LinearProgram.Builder();
            for (JsonNode v : root.get("variables")) {
                b.variable(v.get("name").asText(), bound(v.get("lower"), Double.NEGATIVE_INFINITY),
                        bound(v.get("upper"), Double.POSITIVE_INFINITY), v.has("integer") && v.get("integer")
                                .asBoolean());
            }
            for (JsonNode r : root.get("rows")) {
                LinearProgram.RowBuilder row = b.row(r.get("name").asText());
                for (int k = 0; k < r.get("columns").size(); k++) {
                    row.add(r.get("columns").get(k).asInt(), r.get("coefficients").get(k).asDouble());
                }
                double lower = bound(r.get("lower"), Double.NEGATIVE_INFINITY);
                double upper = bound(r.get("upper"), Double.POSITIVE_INFINITY);
                if (lower == upper) {
                    row.equalTo(lower);
                } else if (Double.isInfinite(lower)) {
                    row.atMost(upper);
                } else {
                    assertTrue(Double.isInfinite(upper), "the fixture has no ranged row");
                    row.atLeast(lower);
                }
            }
            double[] start = root.has("start") ? numbers(root.get("start")) : null;
            return new Saved(b.build(numbers(root.get("objective"))), start);
        }
    }

    private static double[] numbers(JsonNode array) {
        double[] out = new double[array.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = array.get(j).asDouble();
        }
        return out;
    }

    private static double bound(JsonNode value, double infinite) {
        return value == null || value.isNull() ? infinite : value.asDouble();
    }
}
