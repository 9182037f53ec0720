package clxs.catalogs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One catalog as {@code clxs catalogs list} shows it: whether clxs generated it ({@code demo}), its
 * schemas, tables and generated tables, and its owner; or why it could not be read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogInfo(@JsonProperty("catalog") String name,
                          @JsonProperty("demo") boolean demo,
                          @JsonProperty("schemas") int schemas,
                          @JsonProperty("tables") int tables,
                          @JsonProperty("demo_tables") int demoTables,
                          @JsonProperty("owner") String owner,
                          @JsonProperty("error") String error) {

    public static CatalogInfo failed(String name, String error) {
        return new CatalogInfo(name, false, 0, 0, 0, null, error);
    }
}
