package org.reeopt.results;

import org.reeopt.scenario.Ordered;
import java.util.List;
import java.util.Map;
import org.reeopt.scenario.ProductKey;

/**
 * A solution in domain terms, in tonnes per year: what is funded when, and how each product reaches the planning
 * nation each year. The audit and every report read this, never solver columns.
 */
public record Plan(List<Build> builds, Map<ProductYear, Flow> flows, Map<OptionYear, Double> recycledTonnes,
                   Map<OptionYear, Double> substituteTonnes, Map<Integer, Double> modelEndToEndDependency,
                   Map<OptionYear, Double> stockBuyTonnes, Map<OptionYear, Double> stockLevelTonnes,
                   Map<String, Double> agreementShares, String future, Map<OptionYear, Thrifted> thriftedTonnes,
                   Map<Integer, Assembly> assembly, Financed financed,
                   Map<String, Map<Integer, Double>> modelProductDependency) {

    /**
     * A plan without the solver's per-product dependency (one final product, or a plan written by hand): the audit
     * then has no {@code productDependency} to compare with its own recomputation.
     */
    public Plan(List<Build> builds, Map<ProductYear, Flow> flows, Map<OptionYear, Double> recycledTonnes,
                Map<OptionYear, Double> substituteTonnes, Map<Integer, Double> modelEndToEndDependency,
                Map<OptionYear, Double> stockBuyTonnes, Map<OptionYear, Double> stockLevelTonnes,
                Map<String, Double> agreementShares, String future, Map<OptionYear, Thrifted> thriftedTonnes,
                Map<Integer, Assembly> assembly, Financed financed) {
        this(builds, flows, recycledTonnes, substituteTonnes, modelEndToEndDependency, stockBuyTonnes,
                stockLevelTonnes, agreementShares, future, thriftedTonnes, assembly, financed, Map.of());
    }

    /** A plan whose options are all financed by grants from the one budget (no financing instruments). */
    public Plan(List<Build> builds, Map<ProductYear, Flow> flows, Map<OptionYear, Double> recycledTonnes,
                Map<OptionYear, Double> substituteTonnes, Map<Integer, Double> modelEndToEndDependency,
                Map<OptionYear, Double> stockBuyTonnes, Map<OptionYear, Double> stockLevelTonnes,
                Map<String, Double> agreementShares, String future, Map<OptionYear, Thrifted> thriftedTonnes,
                Map<Integer, Assembly> assembly) {
        this(builds, flows, recycledTonnes, substituteTonnes, modelEndToEndDependency, stockBuyTonnes,
                stockLevelTonnes, agreementShares, future, thriftedTonnes, assembly, Financed.NONE);
    }

    /** A plan without thrifting or embedded demand taken over by domestic assembly. */
    public Plan(List<Build> builds, Map<ProductYear, Flow> flows, Map<OptionYear, Double> recycledTonnes,
                Map<OptionYear, Double> substituteTonnes, Map<Integer, Double> modelEndToEndDependency,
                Map<OptionYear, Double> stockBuyTonnes, Map<OptionYear, Double> stockLevelTonnes,
                Map<String, Double> agreementShares, String future) {
        this(builds, flows, recycledTonnes, substituteTonnes, modelEndToEndDependency, stockBuyTonnes,
                stockLevelTonnes, agreementShares, future, Map.of(), Map.of());
    }

    /** A plan without supply-risk decisions (no stockpiles or agreements), in the only future. */
    public Plan(List<Build> builds, Map<ProductYear, Flow> flows, Map<OptionYear, Double> recycledTonnes,
                Map<OptionYear, Double> substituteTonnes, Map<Integer, Double> modelEndToEndDependency) {
        this(builds, flows, recycledTonnes, substituteTonnes, modelEndToEndDependency, Map.of(), Map.of(),
                Map.of(), "base");
    }

    public Plan {
        stockBuyTonnes = Ordered.copy(stockBuyTonnes);
        stockLevelTonnes = Ordered.copy(stockLevelTonnes);
        agreementShares = Ordered.copy(agreementShares);
        builds = List.copyOf(builds);
        flows = Ordered.copy(flows);
        recycledTonnes = Ordered.copy(recycledTonnes);
        substituteTonnes = Ordered.copy(substituteTonnes);
        modelEndToEndDependency = Ordered.copy(modelEndToEndDependency);
        thriftedTonnes = Ordered.copy(thriftedTonnes);
        assembly = Ordered.copy(assembly);
        financed = financed == null ? Financed.NONE : financed;
        modelProductDependency = Ordered.copy(modelProductDependency);
    }

    /**
     * How the funded options are financed (scenarios with financing instruments only): the federal face value each
     * instrument commits to an option funded in a year, and the private capital raised beside it, billion USD; and
     * the volume each price contract covers (scenarios with price contracts), tonnes per year.
     */
    public record Financed(List<ByInstrument> byInstrument, Map<OptionYear, Double> privateCapitalBillionUsd,
                           Map<String, Double> contractTonnesPerYear) {
        public static final Financed NONE = new Financed(List.of(), Map.of());

        public Financed {
            byInstrument = List.copyOf(byInstrument);
            privateCapitalBillionUsd = Ordered.copy(privateCapitalBillionUsd);
            contractTonnesPerYear = Ordered.copy(contractTonnesPerYear);
        }

        /** Financing without price contracts. */
        public Financed(List<ByInstrument> byInstrument, Map<OptionYear, Double> privateCapitalBillionUsd) {
            this(byInstrument, privateCapitalBillionUsd, Map.of());
        }

        /** Tonnes per year of its term that price contract {@code contract} covers (price support only). */
        public double contractTonnes(String contract) {
            return contractTonnesPerYear.getOrDefault(contract, 0.0);
        }

        /** Face value of {@code instrument} committed to {@code option} funded in {@code fundingYear}. */
        public record ByInstrument(String option, String instrument, int fundingYear, double faceValueBillionUsd) {
        }

        public double privateCapital(String option, int fundingYear) {
            return privateCapitalBillionUsd.getOrDefault(new OptionYear(option, fundingYear), 0.0);
        }
    }

    /** Tonnes of the planning nation's own China-free and other-origin production a thrifting option treats. */
    public record Thrifted(double chinaFreeTonnes, double otherOriginTonnes) {
        public static final Thrifted NONE = new Thrifted(0, 0);

        public double totalTonnes() {
            return chinaFreeTonnes + otherOriginTonnes;
        }
    }

    public Thrifted thrifted(String option, int year) {
        return thriftedTonnes.getOrDefault(new OptionYear(option, year), Thrifted.NONE);
    }

    /**
     * Embedded demand taken over by domestic assembly in a year, tonnes of final product, and the part of it served
     * by a China-free chain; {@code modelEmbeddedDependency} is the model's own figure (NaN where it has none).
     */
    public record Assembly(double assembledTonnes, double assembledChinaFreeTonnes, double modelEmbeddedDependency) {
        public static final Assembly NONE = new Assembly(0, 0, Double.NaN);
    }

    public Assembly assembly(int year) {
        return assembly.getOrDefault(year, Assembly.NONE);
    }

    /** {@code units} of an option funded in {@code fundingYear}. */
    public record Build(String option, int fundingYear, double units) {
    }

    public record ProductYear(ProductKey product, int year) {
    }

    public record OptionYear(String option, int year) {
    }

    /**
     * A product in a year: non-China production from China-free inputs, other non-China production, open
     * purchases from the last-resort supplier, deliveries under supply agreements (assured), stock released, and
     * requirement left unmet (shortfall). Tonnes.
     */
    public record Flow(double chinaFreeTonnes, double otherOriginTonnes, double lastResortTonnes,
                       double assuredTonnes, double stockReleaseTonnes, double shortfallTonnes) {
        public static final Flow NONE = new Flow(0, 0, 0);

        public Flow(double chinaFreeTonnes, double otherOriginTonnes, double lastResortTonnes) {
            this(chinaFreeTonnes, otherOriginTonnes, lastResortTonnes, 0, 0, 0);
        }

        public double producedTonnes() {
            return chinaFreeTonnes + otherOriginTonnes;
        }

        /** China-origin supply of this product: open purchases, agreement deliveries and stock released. */
        public double chinaOriginTonnes() {
            return lastResortTonnes + assuredTonnes + stockReleaseTonnes;
        }

        /** Everything that reaches the planning nation, shortfall excluded. */
        public double suppliedTonnes() {
            return producedTonnes() + chinaOriginTonnes();
        }
    }

    /**
     * How far each supply agreement is signed: 1 signed, 0 not (fractions only in an LP relaxation, where deliveries
     * and the concession scale with it).
     */
    public double agreementShare(String agreement) {
        return agreementShares.getOrDefault(agreement, 0.0);
    }

    /** The agreements signed (more than half, for an LP relaxation). */
    public java.util.Set<String> signedAgreements() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        agreementShares.forEach((id, share) -> {
            if (share > 0.5) {
                out.add(id);
            }
        });
        return out;
    }

    public double stockLevel(String stockpile, int year) {
        return stockLevelTonnes.getOrDefault(new OptionYear(stockpile, year), 0.0);
    }

    public double stockBuy(String stockpile, int year) {
        return stockBuyTonnes.getOrDefault(new OptionYear(stockpile, year), 0.0);
    }

    public Flow flow(ProductKey product, int year) {
        return flows.getOrDefault(new ProductYear(product, year), Flow.NONE);
    }

    public double recycled(String option, int year) {
        return recycledTonnes.getOrDefault(new OptionYear(option, year), 0.0);
    }

    public double substitute(String option, int year) {
        return substituteTonnes.getOrDefault(new OptionYear(option, year), 0.0);
    }
}
