package org.reeopt.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.reeopt.scenario.ProductKey;

/**
 * Where each domain quantity sits in the {@link LinearProgram}: the column of every variable family, keyed the
 * way the domain speaks (product and year, option and year). Quantities are in kilotonnes per year inside the
 * model (tonnes / 1000) to keep coefficients well scaled; money is in billion USD.
 */
public final class ModelVariables {
    /** A product in a year. */
    public record FlowKey(ProductKey product, int year) {
    }

    /** An option and a year (funding year for builds, operating year for recycling and substitutes). */
    public record OptionYear(String option, int year) {
    }

    /** Units of an option funded in a year. */
    final Map<OptionYear, Integer> build = new LinkedHashMap<>();
    /** Non-China production for the planning nation made only from China-free inputs, kt. */
    final Map<FlowKey, Integer> chinaFree = new LinkedHashMap<>();
    /** Non-China production that may use inputs from the last-resort supplier, kt (not at the first stage). */
    final Map<FlowKey, Integer> otherOrigin = new LinkedHashMap<>();
    /** Bought from the last-resort supplier, kt. */
    final Map<FlowKey, Integer> lastResort = new LinkedHashMap<>();
    /** Output of a recycling option, kt. */
    final Map<OptionYear, Integer> recycled = new LinkedHashMap<>();
    /** Output of a substitute (non-rare-earth magnet) option, kt. */
    final Map<OptionYear, Integer> substitute = new LinkedHashMap<>();
    /** End-to-end dependency share in a year. */
    final Map<Integer, Integer> endToEndDependency = new LinkedHashMap<>();

    public Map<OptionYear, Integer> build() {
        return Map.copyOf(build);
    }

    public Optional<Integer> build(String option, int fundingYear) {
        return Optional.ofNullable(build.get(new OptionYear(option, fundingYear)));
    }

    public Optional<Integer> chinaFree(ProductKey product, int year) {
        return Optional.ofNullable(chinaFree.get(new FlowKey(product, year)));
    }

    public Optional<Integer> otherOrigin(ProductKey product, int year) {
        return Optional.ofNullable(otherOrigin.get(new FlowKey(product, year)));
    }

    public Optional<Integer> lastResort(ProductKey product, int year) {
        return Optional.ofNullable(lastResort.get(new FlowKey(product, year)));
    }

    public Optional<Integer> recycled(String option, int year) {
        return Optional.ofNullable(recycled.get(new OptionYear(option, year)));
    }

    public Optional<Integer> substitute(String option, int year) {
        return Optional.ofNullable(substitute.get(new OptionYear(option, year)));
    }

    public int endToEndDependency(int year) {
        return endToEndDependency.get(year);
    }
}
