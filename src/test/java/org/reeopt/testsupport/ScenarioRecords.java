package org.reeopt.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.reeopt.scenario.Budget;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.ExistingCapacity;
import org.reeopt.scenario.Horizon;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Material;
import org.reeopt.scenario.Nation;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.ProcessChain;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SolverSettings;
import org.reeopt.scenario.SourceRef;
import org.reeopt.scenario.Stage;

/** Hand-built scenario records for worked examples whose optimum can be computed on paper. */
public final class ScenarioRecords {
    public static final SourceRef HERE = new SourceRef("test", 0, "", "");

    private ScenarioRecords() {
    }

    /** A production option of the planning nation "US" with no subsidy, full shares and an explicit profile. */
    public static InvestmentOption option(String id, String stage, String material, double outputTonnes,
                                          double capexMillionUsd, double leadTimeYears, double maxUnits,
                                          List<Double> capexProfile) {
        return new InvestmentOption(id, id, "US", stage, OptionKind.PRODUCTION, Map.of(material, outputTonnes),
                capexMillionUsd, leadTimeYears, Integer.MIN_VALUE, Integer.MAX_VALUE, maxUnits, false, 1.0, 1.0, 0.0,
                0.0, 1.0, capexProfile, HERE);
    }

    /**
     * {@code s} with {@code committed} as its committed projects (and no supply risk: the constructor used is the
     * one without it, which stays when the scenario record grows).
     */
    public static Scenario withCommitted(Scenario s, List<CommittedProject> committed) {
        return new Scenario(s.name(), s.description(), s.file(), s.horizon(), s.planningNation(),
                s.lastResortSupplier(), s.nations(), s.materials(), s.chain(), s.demandTonnesPerYear(),
                s.scrapTonnesPerYear(), s.substitutionMaxShareOfDemand(), s.existingCapacity(), s.options(),
                s.buildLimits(), s.supplyLimits(), s.budget(), s.objective(), s.targets(), s.solverSettings(),
                committed, s.lastResortDomesticShareByStage());
    }

    public static Budget budget(double total, Double annualCap) {
        return new Budget(OptionalDouble.of(total),
                annualCap == null ? OptionalDouble.empty() : OptionalDouble.of(annualCap), Map.of());
    }

    /**
     * One stage "magnet" making "mag" for the US, China "CN" the last resort, a flat demand, optional existing US
     * capacity, and the default objective (end-to-end dependency only, every year weighted 1).
     */
    public static Scenario oneStage(int firstYear, int lastYear, double demandTonnes, double existingTonnes,
                                    List<InvestmentOption> options, Budget budget) {
        Horizon horizon = new Horizon(firstYear, lastYear);
        Map<Integer, Double> demand = new LinkedHashMap<>();
        horizon.years().forEach(y -> demand.put(y, demandTonnes));
        List<ExistingCapacity> existing = existingTonnes > 0
                ? List.of(new ExistingCapacity("US", "magnet", "mag", existingTonnes, 1.0, firstYear,
                Integer.MAX_VALUE, HERE))
                : List.of();
        return new Scenario("worked", "", "worked.json", horizon, "US", "CN",
                List.of(new Nation("US", "US"), new Nation("CN", "CN")), List.of(new Material("mag", "magnet")),
                new ProcessChain(List.of(new Stage("magnet", "magnet", 0)),
                        List.of(new Product("magnet", "mag", Map.of()))),
                demand, Map.of(), 0.0, existing, options, List.of(), List.of(), budget,
                new ObjectiveSpec(ObjectiveSpec.Mode.DEPENDENCY, Map.of(), 1.0, Map.of()), List.of(),
                SolverSettings.DEFAULT);
    }
}
