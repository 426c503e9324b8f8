package org.reeopt.scenario;

/** What an investment option does with its capacity. */
public enum OptionKind {
    /** Adds capacity to its stage, fed by the previous stage's products. */
    PRODUCTION,
    /** Makes its stage's product from end-of-life scrap, limited by the scrap series; its output is China-free. */
    RECYCLING,
    /** Non-rare-earth magnets: cover final demand directly, limited to a share of demand. Final stage only. */
    SUBSTITUTE,
    /**
     * Treats the planning nation's own production of its stage's product (e.g. grain-boundary diffusion of magnets)
     * so that it needs a share less of one input material ({@link InvestmentOption#thrifting()}).
     */
    THRIFTING
}
