package clxs.plan;

import clxs.model.Industry;
import clxs.model.LocalePools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the steps layers contribute, phase by phase; phases come out in {@link PhaseKind} order. */
public final class PlanBuilder {

    private final RunSettings settings;
    private final long seed;
    /** Keyed by kind, then round, so the built plan is in run order whatever order layers ran in. */
    private final Map<PhaseKind, Map<Integer, PhaseBuilder>> phases = new TreeMap<>();
    private final List<Skip> skips = new ArrayList<>();
    private final List<Industry> industries;
    private final LocalePools localePools;

    /** @param industries what the plan generates, as defined (layers see them with their SCD2 history columns) */
    public PlanBuilder(RunSettings settings, List<Industry> industries, long seed) {
        this(settings, industries, seed, null);
    }

    /**
     * @param localePools the people, places and companies of {@code realistic_data} (built outside the plan), or null
     *                    for the built-in US lists; layers see industries with their realistic columns and ML labels
     */
    public PlanBuilder(RunSettings settings, List<Industry> industries, long seed, LocalePools localePools) {
        if (settings.realisticData() && localePools == null) {
            throw new IllegalArgumentException("realistic_data is on: the plan needs the locale's pools (see clxs.realism)");
        }
        this.settings = settings;
        this.seed = seed;
        this.localePools = settings.realisticData() ? localePools : null;
        this.industries = industries.stream().map(Scd2Dimensions::apply).map(i -> RealisticColumns.apply(i, this.localePools))
                .map(i -> clxs.plan.labels.LabelColumns.apply(i, settings.injectAnomalies(), settings.anomalyRate(), seed,
                        settings.startDate(), settings.endDate())).toList();
    }

    /** The people, places and companies of {@code realistic_data}, or null for the built-in lists. */
    public LocalePools localePools() {
        return localePools;
    }

    public RunSettings settings() {
        return settings;
    }

    /** The catalog being generated. */
    public String catalog() {
        return settings.catalog();
    }

    /** The industries as generated: the definition's, with the SCD2 history columns on three dimensions each. */
    public List<Industry> industries() {
        return industries;
    }

    /** {@code catalog.schema.name} in the generated catalog. */
    public ObjectName name(String schema, String object) {
        return ObjectName.of(settings.catalog(), schema, object);
    }

    /** A salt for draws of a layer ({@code namespace} names what is drawn), from the plan's seed. */
    public int salt(String namespace) {
        return Salts.of(seed, namespace, 0);
    }

    public long seed() {
        return seed;
    }

    /** The phase of {@code kind}. */
    public PhaseBuilder phase(PhaseKind kind) {
        return phase(kind, 0);
    }

    /** Round {@code round} (1, 2, ...) of a repeating kind such as {@link PhaseKind#HISTORY}. */
    public PhaseBuilder phase(PhaseKind kind, int round) {
        return phases.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(round, r -> new PhaseBuilder(kind, r));
    }

    /** Steps contributed so far, in run order, with their phase. */
    public List<Map.Entry<PhaseKind, Step>> stepsSoFar() {
        List<Map.Entry<PhaseKind, Step>> out = new ArrayList<>();
        for (Map<Integer, PhaseBuilder> rounds : phases.values()) {
            for (PhaseBuilder p : rounds.values()) {
                for (Step s : p.steps) out.add(Map.entry(p.kind, s));
            }
        }
        return out;
    }

    /** Tables created so far in the generated catalog (industry tables, bronze, star schema), in plan order. */
    public List<ObjectName> tablesSoFar() {
        return stepsSoFar().stream().map(e -> e.getValue().createdTable())
                .filter(t -> t != null && t.catalog().equals(settings.catalog())).toList();
    }

    public void skip(String what, String reason) {
        skips.add(new Skip(what, reason));
    }

    public Plan build() {
        List<Phase> built = new ArrayList<>();
        for (Map<Integer, PhaseBuilder> rounds : phases.values()) {
            for (PhaseBuilder p : rounds.values()) {
                if (!p.steps.isEmpty()) built.add(new Phase(p.kind, p.round, p.steps));
            }
        }
        return new Plan(settings, industries.stream().map(Industry::name).toList(), seed, built, skips);
    }

    /** The steps of one phase. */
    public static final class PhaseBuilder {
        private final PhaseKind kind;
        private final int round;
        private final List<Step> steps = new ArrayList<>();

        private PhaseBuilder(PhaseKind kind, int round) {
            this.kind = kind;
            this.round = round;
        }

        public PhaseBuilder add(Step step) {
            steps.add(step);
            return this;
        }

        /** Largest steps first, so parallel workers finish together. */
        void sortByRowsDescending() {
            steps.sort((a, b) -> Long.compare(b.rows(), a.rows()));
        }
    }
}
