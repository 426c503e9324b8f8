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

    public static Optional<LpSolver> byName(String name) {
        return switch (name) {
            case DEFAULT -> Optional.of(new OjAlgoSolver());
            case "cbc" -> Optional.of(new CbcSolver());
            case "glpk" -> Optional.of(new GlpkSolver());
            case "auto" -> Optional.of(new AutoSolver());
            default -> Optional.empty();
        };
    }
}
