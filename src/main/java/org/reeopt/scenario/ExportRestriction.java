package org.reeopt.scenario;

import java.util.Set;

/**
 * The last-resort supplier (China) lets at most {@code allowedShare} of the planning nation's requirement of a
 * product through in the years given: 0 is a full ban, 1 no restriction. The requirement of product p in year t is
 * what that year's demand embodies of p (for the final product, demand itself), so a restriction means the same
 * tonnes whatever plan is chosen and strategies compared under it face the same cap.
 * {@code materials} empty means every material of the stages named.
 */
public record ExportRestriction(String name, Set<String> stages, Set<String> materials, int fromYear, int toYear,
                                double allowedShare, SourceRef source) {
    public ExportRestriction {
        stages = Ordered.copy(stages);
        materials = Ordered.copy(materials);
    }

    public boolean covers(ProductKey product, int year) {
        return year >= fromYear && year <= toYear && stages.contains(product.stage())
                && (materials.isEmpty() || materials.contains(product.material()));
    }
}
