package org.reeopt.scenario;

/**
 * A material tracked through the chain, e.g. NdPr, Dy/Tb, or the finished magnet.
 *
 * @param countsAsDependency false for a non-rare-earth input whose origin is reported but is not counted as
 *                           dependency (cobalt in SmCo magnets): China-free production may consume it whatever its
 *                           origin (scenario field {@code materials[].countsAsDependency}, default true)
 * @param exportLicensed     whether the last-resort supplier licenses its exports (the seven elements China put under
 *                           licence in April 2025); reported as "licensed elements exposed" (default false)
 */
public record Material(String id, String name, boolean countsAsDependency, boolean exportLicensed) {
    /** A rare-earth material counted as dependency and not under an export licence. */
    public Material(String id, String name) {
        this(id, name, true, false);
    }
}
