package org.reeopt.scenario;

/** One step of the process chain (mining, separation, metal, magnet, ...); {@code index} is its position, 0 first. */
public record Stage(String id, String name, int index) {
}
