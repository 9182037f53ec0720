// clxs library index, read by JBang (see the class comment below). tests/clxs/LibraryIndexTest keeps it complete.
//SOURCES DataModel.java DemoCatalog.java DemoCatalogJson.java DqProfile.java InvalidDefinitionException.java
//SOURCES catalogs/CatalogInfo.java catalogs/CatalogManager.java catalogs/LocalCatalogManager.java catalogs/UnityCatalogManager.java
//SOURCES cli/AuditCommand.java cli/BadInputException.java cli/CatalogsCommand.java cli/Cli.java cli/ClxsCommand.java cli/DefinitionOptions.java cli/DemoCommand.java cli/ExitCodes.java cli/IndustryNames.java cli/PreviewCommand.java cli/QueryCommand.java cli/SqlCommand.java cli/VersionProvider.java cli/WorkspaceOptions.java
//SOURCES databricks/CatalogObjects.java databricks/DatabricksJobs.java databricks/DatabricksTableSink.java databricks/DriverMessages.java databricks/Secret.java databricks/SqlConnector.java databricks/VolumeFilesSink.java databricks/Workspace.java databricks/WorkspaceConfigException.java
//SOURCES estimate/Estimator.java estimate/Preview.java
//SOURCES format/BatchEncoder.java
//SOURCES industries/BusinessRules.java industries/CrossIndustry.java industries/DataCatalog.java industries/Education.java industries/EducationViews.java industries/Energy.java industries/EnergyViews.java industries/Financial.java industries/FinancialViews.java industries/GoldViews.java industries/Healthcare.java industries/HealthcareViews.java industries/Industries.java industries/Insurance.java industries/InsuranceViews.java industries/Logistics.java industries/LogisticsViews.java industries/Manufacturing.java industries/ManufacturingViews.java industries/RealEstate.java industries/RealEstateViews.java industries/Retail.java industries/RetailViews.java industries/StarSchemas.java industries/Telecom.java industries/TelecomViews.java
//SOURCES jobs/InvalidScheduleException.java jobs/JobCompute.java jobs/JobRefusedException.java jobs/JobRequest.java jobs/JobSummary.java jobs/JobsException.java jobs/NoSuchJobException.java jobs/Schedule.java jobs/ScheduledJob.java jobs/StreamJob.java
//SOURCES model/CheckRule.java model/Column.java model/ForeignKey.java model/Gen.java model/Industry.java model/Names.java model/PersonField.java model/PiiRules.java model/PlaceField.java model/Pool.java model/Pools.java model/ReferenceCheck.java model/RowSchema.java model/Seasonality.java model/Skew.java model/SqlType.java model/StarSchema.java model/Table.java model/TableChange.java model/TypeInference.java model/Udf.java model/View.java
//SOURCES plan/AuditLayer.java plan/BronzeLayer.java plan/Capability.java plan/CatalogLayer.java plan/CatalogViewsLayer.java plan/CommonSubexpressions.java plan/Compiler.java plan/Expr.java plan/FunctionsLayer.java plan/GenLowering.java plan/GoldLayer.java plan/IndustryTablesLayer.java plan/Layer.java plan/ObjectName.java plan/Op.java plan/Partitioning.java plan/Phase.java plan/Plan.java plan/PlanBuilder.java plan/Projection.java plan/Salts.java plan/Scd2Dimensions.java plan/SchemaNames.java plan/SeasonalCurve.java plan/SilverLayer.java plan/Skip.java plan/StarSchemaLayer.java plan/Step.java plan/ViewsLayer.java
//SOURCES plan/enrichment/AccessPoliciesLayer.java plan/enrichment/CloneLayer.java plan/enrichment/CloneTemplateLayer.java plan/enrichment/ConstraintsLayer.java plan/enrichment/DataQualityLayer.java plan/enrichment/DataQualityTargets.java plan/enrichment/GrantsLayer.java plan/enrichment/OptimizeLayer.java plan/enrichment/TablePropertiesLayer.java plan/enrichment/TagsLayer.java plan/enrichment/TopTables.java plan/enrichment/VersionHistoryLayer.java plan/enrichment/VolumesLayer.java plan/enrichment/package-info.java
//SOURCES sink/BatchFiles.java sink/RowBatch.java sink/Sink.java sink/SinkException.java
//SOURCES sql/DatabricksDialect.java sql/Dialect.java sql/DuckDbDialect.java sql/EngineErrors.java sql/ExprRenderer.java sql/FileAction.java sql/FileLayout.java sql/GovernanceStatements.java sql/JavaDatePattern.java sql/OverlayStatements.java sql/PortableFunctions.java sql/PortableSql.java sql/Rendering.java sql/RowSchemaSql.java sql/SqlIdentifiers.java sql/SqlScript.java sql/StepRenderer.java sql/StreamingSql.java
//SOURCES target/CancelOnInterrupt.java target/ConsoleProgress.java target/DatabricksTarget.java target/DryRun.java target/FileActions.java target/LayerSummaries.java target/LocalCatalogs.java target/LocalTarget.java target/PlanExecutor.java target/ProgressListener.java target/QueryResult.java target/ReferentialIntegrity.java target/ResultAssembler.java target/RunResult.java target/SummaryText.java target/Target.java target/Targets.java target/TextTable.java
//DEPS info.picocli:picocli:4.7.7
//DEPS org.duckdb:duckdb_jdbc:2.0.0.1
//DEPS com.fasterxml.jackson.core:jackson-databind:2.20.1
//DEPS me.tongfei:progressbar:0.10.2
//DEPS com.databricks:databricks-jdbc:3.4.5
//DEPS com.databricks:databricks-sdk-java:0.141.0
//DEPS org.slf4j:slf4j-simple:2.0.16
//DEPS org.quartz-scheduler:quartz:2.5.2
package clxs;

import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.sql.Dialect;
import clxs.target.LocalCatalogs;
import clxs.target.LocalTarget;
import clxs.target.QueryResult;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The library index and the JShell entry point. JBang reads the {@code //SOURCES} lines above
 * (every library file, listed explicitly because globs are ignored when a script runs from a URL)
 * and the {@code //DEPS} lines (every library dependency); a test keeps both complete.
 *
 * <pre>{@code
 * jshell> import static clxs.Clxs.*;
 * jshell> var r = demo("notebook").industries(HEALTHCARE).scale(0.001).seed(7).generate(local());
 * jshell> query("notebook", "select status, count(*) from healthcare.claims group by 1")
 * }</pre>
 */
public final class Clxs {

    public static final String VERSION = "0.1.0";

    public static final Industry HEALTHCARE = Industries.HEALTHCARE;
    public static final Industry FINANCIAL = Industries.FINANCIAL;
    public static final Industry RETAIL = Industries.RETAIL;
    public static final Industry TELECOM = Industries.TELECOM;
    public static final Industry MANUFACTURING = Industries.MANUFACTURING;
    public static final Industry ENERGY = Industries.ENERGY;
    public static final Industry EDUCATION = Industries.EDUCATION;
    public static final Industry REAL_ESTATE = Industries.REAL_ESTATE;
    public static final Industry LOGISTICS = Industries.LOGISTICS;
    public static final Industry INSURANCE = Industries.INSURANCE;

    public static final Dialect DATABRICKS = Dialect.DATABRICKS;
    public static final Dialect DUCKDB = Dialect.DUCKDB;

    private Clxs() {}

    /** {@code DemoCatalog.named(name)}: start a definition. */
    public static DemoCatalog demo(String catalogName) {
        return DemoCatalog.named(catalogName);
    }

    /** Every built-in industry. */
    public static List<Industry> industries() {
        return Industries.all();
    }

    /** The local DuckDB target in {@code $CLXS_HOME} or {@code ./clxs-data}. */
    public static LocalTarget local() {
        return LocalTarget.defaults();
    }

    /** The local DuckDB target in {@code dir}. */
    public static LocalTarget local(Path dir) {
        return LocalTarget.in(dir);
    }

    /** Runs {@code sql} against a local catalog; the result prints (and shows in JShell) as an aligned table. */
    public static QueryResult query(String catalog, String sql) {
        LocalCatalogs catalogs = new LocalCatalogs(LocalCatalogs.defaultDir());
        try {
            return QueryResult.run(catalogs, catalogs.list(), catalog, sql);
        } catch (SQLException e) {
            throw new IllegalArgumentException("query failed: " + e.getMessage(), e);
        }
    }
}
