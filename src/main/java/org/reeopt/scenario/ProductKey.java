package org.reeopt.scenario;

/** A (stage, material) pair: the identity of a product in the chain. */
public record ProductKey(String stage, String material) {
    @Override
    public String toString() {
        return stage + "," + material;
    }
}
