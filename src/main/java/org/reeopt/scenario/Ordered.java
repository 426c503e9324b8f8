package org.reeopt.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unmodifiable copies that keep the order of their source. {@code Map.copyOf} and {@code Set.copyOf} iterate in an
 * order that changes from one JVM run to the next; a model built by iterating over them gets its columns and rows in
 * a different order each run, and a solver then picks a different one of several equally good plans. Records at the
 * boundaries use these copies instead, so the same input gives the same model and the same output every run.
 */
public final class Ordered {
    private Ordered() {
    }

    public static <K, V> Map<K, V> copy(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static <T> Set<T> copy(Set<T> set) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }
}
