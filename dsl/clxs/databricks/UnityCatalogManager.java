package clxs.databricks;

import clxs.catalogs.CatalogManager;

import clxs.databricks.Workspace;
import clxs.sql.Dialect;
import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.catalog.CatalogInfo;
import com.databricks.sdk.service.catalog.ListCatalogsRequest;
import com.databricks.sdk.service.catalog.ListTablesRequest;
import com.databricks.sdk.service.catalog.SchemaInfo;
import com.databricks.sdk.service.catalog.TableInfo;
import com.databricks.sdk.service.catalog.TableType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogs of a Databricks workspace, read through the Unity Catalog API (databricks-sdk-java):
 * a table is clxs's when its properties say {@code demo.generated_by = clxs}, a catalog is a demo
 * when it has such tables. Drops run {@code DROP CATALOG ... CASCADE} on the SQL warehouse.
 */
public final class UnityCatalogManager implements CatalogManager {

    static final String MARK = "demo.generated_by";

    private final Workspace workspace;

    public UnityCatalogManager(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<clxs.catalogs.CatalogInfo> list() {
        WorkspaceClient client = workspace.client();
        List<clxs.catalogs.CatalogInfo> out = new ArrayList<>();
        List<CatalogInfo> catalogs = new ArrayList<>();
        try {
            workspace.within("listing catalogs", () -> {
                client.catalogs().list(new ListCatalogsRequest()).forEach(catalogs::add);
                return null;
            });
        } catch (WorkspaceTimeoutException e) {
            throw e;
        } catch (RuntimeException e) {
            String m = workspace.redact(String.valueOf(e.getMessage()));
            String hint = m.toLowerCase(java.util.Locale.ROOT).contains("timed out")
                    ? " (the workspace accepts connections but did not answer within " + workspace.timeout().toSeconds() + " s; --timeout SECONDS allows longer waits)" : "";
            throw new IllegalStateException("listing the catalogs of " + workspace.host() + " failed: " + m + hint, e);
        }
        for (CatalogInfo c : catalogs) {
            try {
                out.add(describe(client, c));
            } catch (RuntimeException e) {
                out.add(clxs.catalogs.CatalogInfo.failed(c.getName(), workspace.redact(String.valueOf(e.getMessage()))));
            }
        }
        return out;
    }

    private clxs.catalogs.CatalogInfo describe(WorkspaceClient client, CatalogInfo c) {
        int schemas = 0;
        int tables = 0;
        int demoTables = 0;
        for (SchemaInfo s : client.schemas().list(c.getName())) {
            if ("information_schema".equals(s.getName())) continue;
            schemas++;
            for (TableInfo t : client.tables().list(new ListTablesRequest().setCatalogName(c.getName()).setSchemaName(s.getName()).setOmitColumns(true))) {
                if (t.getTableType() == TableType.VIEW) continue;
                tables++;
                if (t.getProperties() != null && "clxs".equals(t.getProperties().get(MARK))) demoTables++;
            }
        }
        return new clxs.catalogs.CatalogInfo(c.getName(), demoTables > 0, schemas, tables, demoTables, c.getOwner(), null);
    }

    @Override
    public DropReport drop(String catalog) {
        clxs.catalogs.CatalogInfo info = list().stream().filter(c -> c.name().equals(catalog)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no catalog " + catalog + " in " + workspace.host()));
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            s.execute("DROP CATALOG IF EXISTS " + Dialect.DATABRICKS.quote(catalog) + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("dropping " + catalog + " failed: " + workspace.redact(e.getMessage()), e);
        }
        return new DropReport(catalog, info.schemas(), info.tables());
    }
}
