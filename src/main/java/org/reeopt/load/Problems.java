package org.reeopt.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects bad-input problems while loading goes on, so that a planner sees every typo of a file at once rather
 * than one per run. Each part that fails is replaced by a fallback so that the rest can still be read.
 */
final class Problems {
    private final List<InputException> found = new ArrayList<>();

    <T> T attempt(Supplier<T> work, T fallback) {
        try {
            return work.get();
        } catch (InputProblemsException many) {
            found.addAll(many.problems());
            return fallback;
        } catch (InputException one) {
            found.add(one);
            return fallback;
        }
    }

    void attempt(Runnable work) {
        attempt(() -> {
            work.run();
            return null;
        }, null);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws what was found: the single problem as it is, or all of them together. */
    void throwIfAny(String file) {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            throw new InputProblemsException(file, found);
        }
    }
}
