package clxs.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** Custom-industry files that cannot be used, with every problem found; nothing has run. */
public class YamlIndustryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public YamlIndustryException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("no problems to report");
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line:column: key path: message}, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
