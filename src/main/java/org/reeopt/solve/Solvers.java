package org.reeopt.solve;

import java.util.List;
import java.util.Optional;

/** The backends reeopt can use, by the name given to {@code --solver}. */
public final class Solvers {
    public static final String DEFAULT = "ojalgo";

    private Solvers() {
    }

    public static List<String> names() {
        return List.of(DEFAULT, "cbc", "glpk", "auto");
    }

    /**
     * The backend for {@code --solver NAME}. {@code ojalgo} (the default) and {@code auto} fall back to the next
     * installed backend when theirs gives no plan ({@link FallbackSolver}); {@code cbc} and {@code glpk} run alone.
     */
    public static Optional<LpSolver> byName(String name) {
        return DEFAULT.equals(name) ? Optional.of(FallbackSolver.ojAlgoFirst()) : exactly(name);
    }

    /** The named backend alone, without fallback (tests that compare backends need each one by itself). */
    public static Optional<LpSolver> exactly(String name) {
        return switch (name) {
            case DEFAULT -> Optional.of(new OjAlgoSolver());
            case "cbc" -> Optional.of(new CbcSolver());
            case "glpk" -> Optional.of(new GlpkSolver());
            case "auto" -> Optional.of(new AutoSolver());
            default -> Optional.empty();
        };
    }
}
