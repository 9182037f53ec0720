package clxs.stream;

import java.util.List;

/** Checks of weighted choices, shared by {@link Num.Pick} and {@link Text.Pick}. */
final class Weights {

    private Weights() {}

    static void check(int values, List<Integer> weights) {
        if (values == 0) throw new IllegalArgumentException("a pick needs at least one value");
        if (weights.size() != values) throw new IllegalArgumentException("a pick has " + values + " values but " + weights.size() + " weights");
        long total = 0;
        for (int w : weights) {
            if (w < 1) throw new IllegalArgumentException("pick weights must be positive, got " + w);
            total += w;
        }
        if (total >= (1L << 31)) throw new IllegalArgumentException("pick weights sum to " + total + ", more than 2^31");
    }

    static int[] cumulative(List<Integer> weights) {
        int[] c = new int[weights.size()];
        int sum = 0;
        for (int i = 0; i < c.length; i++) c[i] = sum += weights.get(i);
        return c;
    }
}
