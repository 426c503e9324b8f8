package org.reeopt.scenario;

/** A nation (or bloc, such as the EU) that can host capacity or supply material. */
public record Nation(String id, String name) {
}
