package clxs.industries;

import clxs.model.Industry;
import clxs.yaml.YamlIndustries;
import clxs.yaml.YamlIndustry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The built-in industries, by name. */
public final class Industries {

    public static final Industry HEALTHCARE = Healthcare.INDUSTRY;
    public static final Industry FINANCIAL = Financial.INDUSTRY;
    public static final Industry RETAIL = Retail.INDUSTRY;
    public static final Industry TELECOM = Telecom.INDUSTRY;
    public static final Industry MANUFACTURING = Manufacturing.INDUSTRY;
    public static final Industry ENERGY = Energy.INDUSTRY;
    public static final Industry EDUCATION = Education.INDUSTRY;
    public static final Industry REAL_ESTATE = RealEstate.INDUSTRY;
    public static final Industry LOGISTICS = Logistics.INDUSTRY;
    public static final Industry INSURANCE = Insurance.INDUSTRY;

    private static final List<Industry> ALL = List.of(HEALTHCARE, FINANCIAL, RETAIL, TELECOM, MANUFACTURING, ENERGY, EDUCATION, REAL_ESTATE, LOGISTICS,
            INSURANCE);

    private Industries() {}

    public static List<Industry> all() {
        return ALL;
    }

    public static Optional<Industry> byName(String name) {
        return ALL.stream().filter(i -> i.name().equalsIgnoreCase(name == null ? "" : name.trim())).findFirst();
    }

    /**
     * Custom industries from YAML files, checked before anything runs: every problem is reported as
     * {@code file:line:column: key path: what is expected} ({@link clxs.yaml.YamlIndustryException}).
     *
     * <pre>{@code
     * List<Industry> mine = Industries.fromYaml(Path.of("aerospace.yaml"));
     * demo("space").industries(mine).scale(0.01).generate();
     * }</pre>
     */
    public static List<Industry> fromYaml(Path... files) {
        return readYaml(List.of(files)).stream().map(YamlIndustry::industry).toList();
    }

    /** The same, keeping each industry's file and whether it can only run on Databricks (the Clone-Xs form). */
    public static List<YamlIndustry> readYaml(List<Path> files) {
        return YamlIndustries.beside(ALL, Set.of(CrossIndustry.SCHEMA, DataCatalog.SCHEMA)).read(files);
    }

    /** {@code "healthcare, financial, ..."}, for messages. */
    public static String names() {
        return ALL.stream().map(Industry::name).collect(Collectors.joining(", "));
    }
}
