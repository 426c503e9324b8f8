package org.reeopt.model;

import org.reeopt.scenario.Ordered;
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

    /** Face value of an instrument financing an option funded in a year. */
    public record Financed(String option, String instrument, int fundingYear) {
    }

    /** A supply agreement's deliveries of a product in a year. */
    public record AgreementFlow(String agreement, ProductKey product, int year) {
    }

    // Decided once, before the future is known (shared by every future's view):
    /** Units of an option funded in a year. */
    final Map<OptionYear, Integer> build;
    /** Tonnes bought into a stockpile in a year, kt (key: stockpile id and year). */
    final Map<OptionYear, Integer> stockBuy;
    /** Whether a supply agreement is signed (0/1). */
    final Map<String, Integer> signed;
    /** Federal face value an instrument commits to an option funded in a year, billion USD (financing only). */
    final Map<Financed, Integer> financed;
    /** Private capital an option funded in a year raises against its federal financing, billion USD. */
    final Map<OptionYear, Integer> privateCapital;
    /** Volume a price contract covers in each year of its term, kt (price support only; copied to every view). */
    final Map<String, Integer> contractVolume = new LinkedHashMap<>();

    // Decided in each future:
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
    /** Own China-free production of its product treated by a thrifting option, kt. */
    final Map<OptionYear, Integer> thriftedChinaFree = new LinkedHashMap<>();
    /** Own other-origin production of its product treated by a thrifting option, kt. */
    final Map<OptionYear, Integer> thriftedOtherOrigin = new LinkedHashMap<>();
    /** End-to-end dependency share in a year. */
    final Map<Integer, Integer> endToEndDependency = new LinkedHashMap<>();
    /**
     * Dependency share of one final product in a year (only with several final products; endToEndDependency is
     * then their weighted average).
     */
    final Map<FlowKey, Integer> productDependency = new LinkedHashMap<>();
    /** Embedded demand that domestic assembly takes over in a year, kt of final product (embedded demand only). */
    final Map<Integer, Integer> assembled = new LinkedHashMap<>();
    /** The part of {@code assembled} served by a China-free chain, kt. */
    final Map<Integer, Integer> assembledChinaFree = new LinkedHashMap<>();
    /** Embedded-demand dependency share in a year (only when the objective weighs it). */
    final Map<Integer, Integer> embeddedDependency = new LinkedHashMap<>();
    /** Released from a stockpile into the supply chain in a year, kt. */
    final Map<OptionYear, Integer> stockRelease = new LinkedHashMap<>();
    /** Held in a stockpile at the end of a year, kt. */
    final Map<OptionYear, Integer> stockLevel = new LinkedHashMap<>();
    /** Delivered under a supply agreement, kt. */
    final Map<AgreementFlow, Integer> assured = new LinkedHashMap<>();
    /** Requirement of a product that goes unmet in a year, kt (only where supply can be restricted). */
    final Map<FlowKey, Integer> shortfall = new LinkedHashMap<>();

    public ModelVariables() {
        this(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>());
    }

    private ModelVariables(Map<OptionYear, Integer> build, Map<OptionYear, Integer> stockBuy,
                           Map<String, Integer> signed, Map<Financed, Integer> financed,
                           Map<OptionYear, Integer> privateCapital) {
        this.build = build;
        this.stockBuy = stockBuy;
        this.signed = signed;
        this.financed = financed;
        this.privateCapital = privateCapital;
    }

    /** A view for another future: the same first-stage decisions, new variables for everything else. */
    ModelVariables forAnotherFuture() {
        ModelVariables next = new ModelVariables(build, stockBuy, signed, financed, privateCapital);
        next.contractVolume.putAll(contractVolume);
        return next;
    }

    public Optional<Integer> contractVolume(String contract) {
        return Optional.ofNullable(contractVolume.get(contract));
    }

    public Optional<Integer> financed(String option, String instrument, int fundingYear) {
        return Optional.ofNullable(financed.get(new Financed(option, instrument, fundingYear)));
    }

    public Optional<Integer> privateCapital(String option, int fundingYear) {
        return Optional.ofNullable(privateCapital.get(new OptionYear(option, fundingYear)));
    }

    public Optional<Integer> stockBuy(String stockpile, int year) {
        return Optional.ofNullable(stockBuy.get(new OptionYear(stockpile, year)));
    }

    public Optional<Integer> signed(String agreement) {
        return Optional.ofNullable(signed.get(agreement));
    }

    public Optional<Integer> stockRelease(String stockpile, int year) {
        return Optional.ofNullable(stockRelease.get(new OptionYear(stockpile, year)));
    }

    public Optional<Integer> stockLevel(String stockpile, int year) {
        return Optional.ofNullable(stockLevel.get(new OptionYear(stockpile, year)));
    }

    public Optional<Integer> assured(String agreement, ProductKey product, int year) {
        return Optional.ofNullable(assured.get(new AgreementFlow(agreement, product, year)));
    }

    public Optional<Integer> shortfall(ProductKey product, int year) {
        return Optional.ofNullable(shortfall.get(new FlowKey(product, year)));
    }

    /** Columns of the decisions taken before the future is known: builds, stockpile purchases, agreements. */
    public java.util.List<Integer> firstStageColumns() {
        java.util.List<Integer> out = new java.util.ArrayList<>(build.values());
        out.addAll(stockBuy.values());
        out.addAll(signed.values());
        out.addAll(financed.values());
        out.addAll(privateCapital.values());
        return out;
    }

    public Map<OptionYear, Integer> build() {
        return Ordered.copy(build);
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

    public Optional<Integer> thriftedChinaFree(String option, int year) {
        return Optional.ofNullable(thriftedChinaFree.get(new OptionYear(option, year)));
    }

    public Optional<Integer> thriftedOtherOrigin(String option, int year) {
        return Optional.ofNullable(thriftedOtherOrigin.get(new OptionYear(option, year)));
    }

    public Optional<Integer> assembled(int year) {
        return Optional.ofNullable(assembled.get(year));
    }

    public Optional<Integer> assembledChinaFree(int year) {
        return Optional.ofNullable(assembledChinaFree.get(year));
    }

    public Optional<Integer> embeddedDependency(int year) {
        return Optional.ofNullable(embeddedDependency.get(year));
    }

    public int endToEndDependency(int year) {
        return endToEndDependency.get(year);
    }

    /** The dependency column of one final product (only with several final products). */
    public Optional<Integer> productDependency(ProductKey product, int year) {
        return Optional.ofNullable(productDependency.get(new FlowKey(product, year)));
    }
}
