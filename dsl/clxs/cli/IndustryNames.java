package clxs.cli;

import clxs.industries.Industries;
import clxs.model.Industry;
import java.util.Iterator;

/** Industry names for {@code --help} and shell completion. */
public final class IndustryNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Industries.all().stream().map(Industry::name).iterator();
    }
}
