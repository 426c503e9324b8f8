package org.reeopt.scenario;

import java.util.Set;

/**
 * Which options a scenario may fund: an option is a candidate if it matches at least one filter, and matches a
 * filter when it is in every list the filter gives (an empty list does not restrict).
 */
public record OptionFilter(Set<String> ids, Set<String> nations, Set<String> stages, Set<OptionKind> kinds) {
    public OptionFilter {
        ids = Ordered.copy(ids);
        nations = Ordered.copy(nations);
        stages = Ordered.copy(stages);
        kinds = Ordered.copy(kinds);
    }

    public boolean matches(InvestmentOption o) {
        return (ids.isEmpty() || ids.contains(o.id())) && (nations.isEmpty() || nations.contains(o.nation()))
                && (stages.isEmpty() || stages.contains(o.stage())) && (kinds.isEmpty() || kinds.contains(o.kind()));
    }
}
