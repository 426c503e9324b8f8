package org.reeopt.model;

import org.reeopt.scenario.ProductKey;

/**
 * The naming scheme of variables and rows: {@code family[key,...]}, e.g. {@code build[mp-10x,2027]},
 * {@code capacity[separation,ndpr,2030]}, {@code budget[2029]}. docs/formulation.md uses the same names.
 */
public final class LpNames {
    private LpNames() {
    }

    public static String of(String family, Object... keys) {
        StringBuilder b = new StringBuilder(family);
        if (keys.length > 0) {
            b.append('[');
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(keys[i] instanceof ProductKey p ? p.stage() + "," + p.material() : String.valueOf(keys[i]));
            }
            b.append(']');
        }
        return b.toString();
    }
}
