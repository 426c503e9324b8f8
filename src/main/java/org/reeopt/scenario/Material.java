package org.reeopt.scenario;

/** A material tracked through the chain, e.g. NdPr, Dy/Tb, or the finished magnet. */
public record Material(String id, String name) {
}
