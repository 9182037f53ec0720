package clxs.model;

/**
 * The shape of a numeric distribution. Real demo data is rarely uniform: amounts are
 * log-normal, popular keys are drawn more often than others (power), measurements are normal.
 */
public sealed interface Skew {

    /** Every value in the range equally likely. */
    record Uniform() implements Skew {}

    /**
     * {@code min + (max - min) * u^exponent}: with exponent &gt; 1 low values dominate
     * (a few customers place most orders); with exponent &lt; 1 high values dominate.
     */
    record Power(double exponent) implements Skew {
        public Power {
            if (!(exponent > 0) || Double.isInfinite(exponent)) throw new IllegalArgumentException("power exponent must be > 0, got " + exponent);
        }
    }

    /** Log-normal around {@code median} with shape {@code sigma}, clamped to the range. */
    record LogNormal(double median, double sigma) implements Skew {
        public LogNormal {
            if (!(median > 0) || !(sigma > 0)) throw new IllegalArgumentException("log-normal needs median > 0 and sigma > 0");
        }
    }

    /** Normal with {@code mean} and standard deviation {@code sd}, clamped to the range. */
    record Normal(double mean, double sd) implements Skew {
        public Normal {
            if (!(sd > 0)) throw new IllegalArgumentException("normal needs sd > 0");
        }
    }

    Skew UNIFORM = new Uniform();

    static Skew power(double exponent) { return new Power(exponent); }

    static Skew logNormal(double median, double sigma) { return new LogNormal(median, sigma); }

    static Skew normal(double mean, double sd) { return new Normal(mean, sd); }
}
