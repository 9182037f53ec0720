// clxs library index, read by JBang (see the class comment below). tests/clxs/LibraryIndexTest keeps it complete.
//SOURCES DemoCatalog.java DemoCatalogJson.java Engines.java StreamSchedule.java StreamSpec.java
//SOURCES catalogs/CatalogInfo.java catalogs/CatalogManager.java
//SOURCES cli/AuditCommand.java cli/BadInputException.java cli/CatalogsCommand.java cli/Cli.java cli/ClxsCommand.java cli/DefinitionOptions.java cli/DemoCommand.java cli/DiskSpace.java cli/EventFaultOptions.java cli/ExitCodes.java cli/IndustriesCommand.java cli/IndustryNames.java cli/JobsCommand.java cli/LargeRunConfirmation.java cli/PreviewCommand.java cli/QueryCommand.java cli/RestWorkspaceOptions.java cli/ScheduleCommand.java cli/SqlCommand.java cli/StreamCommand.java cli/StreamConsole.java cli/StreamProfilesCommand.java cli/TargetKind.java cli/UsageHelp.java cli/VersionProvider.java cli/WorkspaceOptions.java cli/ZerobusCommand.java cli/ZerobusFlags.java
//SOURCES compile/Compiler.java
//SOURCES databricks/CatalogObjects.java databricks/CredentialSafeLogging.java databricks/DatabricksEngine.java databricks/DatabricksJobs.java databricks/DatabricksTableSink.java databricks/Deadline.java databricks/DriverMessages.java databricks/HostChecks.java databricks/Secret.java databricks/ServicePrincipal.java databricks/SqlConnector.java databricks/StreamScheduler.java databricks/UnityCatalogManager.java databricks/VolumeFilesSink.java databricks/Workspace.java databricks/WorkspaceConfigException.java databricks/WorkspaceTimeoutException.java databricks/ZerobusTableSetup.java
//SOURCES destination/CatalogKeys.java destination/DatabricksDestinations.java destination/LocalDestinations.java destination/ZerobusOptions.java
//SOURCES engine/CancelOnInterrupt.java engine/CatalogLock.java engine/CatalogMark.java engine/CatalogRefusedException.java engine/ConsoleProgress.java engine/DryRun.java engine/Engine.java engine/EngineRun.java engine/Failpoints.java engine/FileActions.java engine/LocalCatalogManager.java engine/LocalCatalogs.java engine/LocalEngine.java engine/LocalQuery.java engine/Measurements.java engine/MemoryBudget.java engine/PlanExecutor.java engine/ProcessMemory.java engine/ProgressListener.java engine/QueryResult.java engine/ReadOnlyQueryException.java engine/ResultAssembler.java engine/RunDecision.java engine/RunFiles.java
//SOURCES estimate/Estimator.java estimate/Preview.java
//SOURCES format/BatchEncoder.java format/JsonBuffer.java format/JsonValueWriter.java format/JsonValueWriters.java format/NdjsonEncoder.java format/ProtoSchema.java format/Timestamps.java format/ZerobusJsonEncoder.java format/package-info.java
//SOURCES industries/BusinessRules.java industries/CrossIndustry.java industries/DataCatalog.java industries/Education.java industries/EducationViews.java industries/Energy.java industries/EnergyViews.java industries/Financial.java industries/FinancialViews.java industries/GoldViews.java industries/Healthcare.java industries/HealthcareViews.java industries/Industries.java industries/Insurance.java industries/InsuranceViews.java industries/Logistics.java industries/LogisticsViews.java industries/Manufacturing.java industries/ManufacturingViews.java industries/RealEstate.java industries/RealEstateViews.java industries/Retail.java industries/RetailViews.java industries/StarSchemas.java industries/Telecom.java industries/TelecomViews.java
//SOURCES jobs/InvalidScheduleException.java jobs/JobCompute.java jobs/JobRefusedException.java jobs/JobRequest.java jobs/JobSummary.java jobs/JobsException.java jobs/NoSuchJobException.java jobs/Schedule.java jobs/ScheduleDryRun.java jobs/ScheduledJob.java jobs/ScheduledStream.java jobs/ScheduledStreamJob.java jobs/StreamJob.java jobs/StreamNotebook.java
//SOURCES model/CheckRule.java model/Column.java model/ForeignKey.java model/Gen.java model/Industry.java model/LocalePools.java model/Names.java model/PersonField.java model/PiiRules.java model/PlaceField.java model/Pool.java model/Pools.java model/PortableSqlText.java model/ReferenceCheck.java model/RowBatch.java model/RowSchema.java model/Seasonality.java model/Skew.java model/SqlType.java model/StarSchema.java model/Table.java model/TableChange.java model/TypeInference.java model/Udf.java model/View.java
//SOURCES plan/AuditLayer.java plan/BronzeLayer.java plan/Capability.java plan/CatalogLayer.java plan/CatalogViewsLayer.java plan/CommonSubexpressions.java plan/DataQualityIssues.java plan/DataQualityTargets.java plan/DuplicateRows.java plan/Expr.java plan/FunctionsLayer.java plan/GenLowering.java plan/GoldLayer.java plan/IndustryTablesLayer.java plan/Layer.java plan/ObjectName.java plan/Op.java plan/Partitioning.java plan/PeopleLowering.java plan/Phase.java plan/PhaseKind.java plan/Plan.java plan/PlanBuilder.java plan/Projection.java plan/RealisticColumns.java plan/RunSettings.java plan/Salts.java plan/Scd2Dimensions.java plan/SchemaNames.java plan/SeasonalCurve.java plan/SilverLayer.java plan/Skip.java plan/StarSchemaLayer.java plan/Step.java plan/ViewsLayer.java
//SOURCES plan/enrichment/AccessPoliciesLayer.java plan/enrichment/AnomalyLabelsLayer.java plan/enrichment/CloneLayer.java plan/enrichment/CloneTemplateLayer.java plan/enrichment/ConstraintsLayer.java plan/enrichment/DataQualityLayer.java plan/enrichment/GrantsLayer.java plan/enrichment/OptimizeLayer.java plan/enrichment/TablePropertiesLayer.java plan/enrichment/TagsLayer.java plan/enrichment/TopTables.java plan/enrichment/VersionHistoryLayer.java plan/enrichment/VolumesLayer.java plan/enrichment/package-info.java
//SOURCES plan/labels/LabelColumns.java plan/labels/LabelModel.java plan/labels/LabelModels.java plan/labels/RowSampler.java plan/labels/SqlExpression.java
//SOURCES realism/AsciiNames.java realism/DatafakerPools.java realism/RealismPools.java
//SOURCES result/AuditReport.java result/CloneXsFields.java result/LayerSummaries.java result/Measured.java result/ReferentialIntegrity.java result/Resources.java result/RunResult.java result/SchemaBreakdown.java result/StreamSummaryText.java result/SummaryText.java result/TextTable.java result/ThroughputChart.java
//SOURCES settings/DataModel.java settings/DqProfile.java settings/InvalidDefinitionException.java settings/Json.java settings/Version.java
//SOURCES sink/BatchFailedException.java sink/BatchFiles.java sink/DuckDbBronzeView.java sink/DuckDbTableSink.java sink/NdjsonFileSink.java sink/Sink.java sink/SinkException.java sink/StdoutSink.java
//SOURCES sql/DatabricksDialect.java sql/Dialect.java sql/DuckDbDialect.java sql/EngineErrors.java sql/ExprRenderer.java sql/FileAction.java sql/FileLayout.java sql/GovernanceStatements.java sql/JavaDatePattern.java sql/OverlayStatements.java sql/PortableFunctions.java sql/PortableSql.java sql/Rendering.java sql/RowSchemaSql.java sql/SqlScript.java sql/StepRenderer.java sql/StreamingSql.java
//SOURCES stream/ActivityProfiles.java stream/Cond.java stream/Condition.java stream/Destination.java stream/Device.java stream/DeviceProfile.java stream/DeviceProfiles.java stream/DeviceProgram.java stream/DeviceState.java stream/Emitter.java stream/EntityKeys.java stream/EntityLink.java stream/Generator.java stream/InvalidStreamSettingsException.java stream/MachineProfiles.java stream/Nodes.java stream/Num.java stream/ProfileCheck.java stream/ProfileJson.java stream/Rule.java stream/Rules.java stream/SplitMix64.java stream/StateRows.java stream/StreamClock.java stream/StreamJson.java stream/StreamLimits.java stream/StreamListener.java stream/StreamLocation.java stream/StreamPreset.java stream/StreamRun.java stream/StreamSettings.java stream/StreamState.java stream/StreamSummary.java stream/Text.java stream/TextNodes.java stream/TickRecord.java stream/Weights.java stream/package-info.java
//SOURCES yaml/BindingErrors.java yaml/CloneXsForm.java yaml/GenWriter.java yaml/Generators.java yaml/IndustryReader.java yaml/IndustryWriter.java yaml/KeyPath.java yaml/OverlayReader.java yaml/Problem.java yaml/ReadContext.java yaml/Spellings.java yaml/Values.java yaml/YamlDocument.java yaml/YamlForm.java yaml/YamlIndustries.java yaml/YamlIndustry.java yaml/YamlIndustryException.java yaml/YamlTree.java
//SOURCES zerobus/Delivery.java zerobus/DnsResolver.java zerobus/IngestStream.java zerobus/NativeLibraryException.java zerobus/RecordFormat.java zerobus/SdkStreams.java zerobus/SnippetSource.java zerobus/StreamFailure.java zerobus/ZerobusCredentials.java zerobus/ZerobusEndpoint.java zerobus/ZerobusErrors.java zerobus/ZerobusSink.java zerobus/ZerobusSnippet.java zerobus/ZerobusSummary.java zerobus/ZerobusTables.java
//DEPS info.picocli:picocli:4.7.7
//DEPS org.duckdb:duckdb_jdbc:2.0.0.1
//DEPS com.fasterxml.jackson.core:jackson-databind:2.20.1
//DEPS com.fasterxml.jackson.dataformat:jackson-dataformat-yaml:2.20.1
//DEPS net.datafaker:datafaker:2.7.0
//DEPS com.anyascii:anyascii:0.3.2
//DEPS org.yaml:snakeyaml:2.4
//DEPS me.tongfei:progressbar:0.10.2
//DEPS com.databricks:databricks-jdbc:3.4.5
//DEPS com.databricks:databricks-sdk-java:0.141.0
//DEPS org.slf4j:slf4j-simple:2.0.16
//DEPS com.databricks:zerobus-ingest-sdk:1.0.1
//DEPS com.google.protobuf:protobuf-java:4.33.6
//DEPS org.quartz-scheduler:quartz:2.5.2
//FILES clxs/notebooks/clxs_stream.py=../../templates/notebooks/clxs_stream.py
//FILES clxs/notebooks/clxs_stream_job.py=../../templates/notebooks/clxs_stream_job.py
package clxs;

import clxs.model.RowBatch;

import clxs.industries.Industries;
import clxs.settings.DqProfile;
import clxs.settings.Version;
import clxs.model.Industry;
import clxs.sql.Dialect;
import clxs.engine.LocalCatalogs;
import clxs.engine.LocalEngine;
import clxs.engine.QueryResult;
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
 * jshell> var r = demo("notebook").industries(HEALTHCARE).scale(0.001).seed(7).dqProfile(DIRTY).generate(local());
 * jshell> query("notebook", "select status, count(*) from healthcare.claims group by 1")
 * }</pre>
 */
public final class Clxs {

    public static final String VERSION = Version.VERSION;

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

    /** Data-quality profiles, for {@code .dqProfile(DIRTY)} after {@code import static clxs.Clxs.*} (JShell has no other import). */
    public static final DqProfile CLEAN = DqProfile.CLEAN;
    public static final DqProfile REALISTIC = DqProfile.REALISTIC;
    public static final DqProfile DIRTY = DqProfile.DIRTY;

    public static final clxs.stream.DeviceProfile GENERIC_SENSOR = clxs.stream.DeviceProfiles.GENERIC_SENSOR;
    public static final clxs.stream.DeviceProfile INDUSTRIAL_MACHINE = clxs.stream.DeviceProfiles.INDUSTRIAL_MACHINE;
    public static final clxs.stream.DeviceProfile CAR_OBD2 = clxs.stream.DeviceProfiles.CAR_OBD2;
    public static final clxs.stream.DeviceProfile SMART_METER = clxs.stream.DeviceProfiles.SMART_METER;
    public static final clxs.stream.DeviceProfile WEARABLE_HEALTH = clxs.stream.DeviceProfiles.WEARABLE_HEALTH;
    public static final clxs.stream.DeviceProfile POS_TERMINAL = clxs.stream.DeviceProfiles.POS_TERMINAL;
    public static final clxs.stream.DeviceProfile WIND_TURBINE = clxs.stream.DeviceProfiles.WIND_TURBINE;
    public static final clxs.stream.DeviceProfile ATM_TRANSACTION = clxs.stream.DeviceProfiles.ATM_TRANSACTION;
    public static final clxs.stream.DeviceProfile SERVER_METRICS = clxs.stream.DeviceProfiles.SERVER_METRICS;
    public static final clxs.stream.DeviceProfile CLICKSTREAM = clxs.stream.DeviceProfiles.CLICKSTREAM;

    public static final clxs.stream.Destination VOLUME = clxs.stream.Destination.VOLUME;
    public static final clxs.stream.Destination VOLUME_BRONZE = clxs.stream.Destination.VOLUME_BRONZE;
    public static final clxs.stream.Destination DIRECT_TABLE = clxs.stream.Destination.DIRECT_TABLE;
    public static final clxs.stream.Destination STDOUT = clxs.stream.Destination.STDOUT;

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
    public static LocalEngine local() {
        return LocalEngine.defaults();
    }

    /** The local DuckDB target in {@code dir}. */
    public static LocalEngine local(Path dir) {
        return LocalEngine.in(dir);
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
