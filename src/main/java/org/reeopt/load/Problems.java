package org.reeopt.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects bad-input problems while loading goes on, so that a planner sees every typo of a file at once rather
 * than one per run. Each part that fails is replaced by a fallback so that the rest can still be read.
 */
final class Problems {
    /** Problems listed per file; the rest are counted, so that a huge bad table costs neither memory nor pages. */
    static final int LISTED_PER_FILE = 50;

    private final List<InputException> found = new ArrayList<>();
    private final List<org.reeopt.scenario.InputWarning> warnings = new ArrayList<>();
    private final java.util.Map<String, Integer> perFile = new java.util.LinkedHashMap<>();
    private int total;

    <T> T attempt(Supplier<T> work, T fallback) {
        try {
            return work.get();
        } catch (InputProblemsException many) {
            many.problems().forEach(this::add);
            return fallback;
        } catch (InputException one) {
            add(one);
            return fallback;
        }
    }

    void attempt(Runnable work) {
        attempt(() -> {
            work.run();
            return null;
        }, null);
    }

    private void add(InputException problem) {
        total++;
        if (perFile.merge(problem.file(), 1, Integer::sum) <= LISTED_PER_FILE) {
            found.add(problem);
        }
    }

    /** Something accepted that the user should change (an old column name); listed by validation. */
    void warn(String file, int line, String message) {
        warnings.add(new org.reeopt.scenario.InputWarning(file, line, message));
    }

    List<org.reeopt.scenario.InputWarning> warnings() {
        return List.copyOf(warnings);
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** Throws what was found: the single problem as it is, or all of them together (at most 50 per file listed). */
    void throwIfAny(String file) {
        if (total == 1) {
            throw found.get(0);
        }
        if (total > 0) {
            List<InputException> listed = new ArrayList<>(found);
            perFile.forEach((name, count) -> {
                if (count > LISTED_PER_FILE) {
                    listed.add(new InputException(name, 0, null, (count - LISTED_PER_FILE) + " more problems in this "
                            + "file are not listed (the first " + LISTED_PER_FILE + " are)"));
                }
            });
            throw new InputProblemsException(file, listed, total);
        }
    }
}
