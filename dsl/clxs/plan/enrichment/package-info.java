/**
 * Post-generation enrichments, one class each: data-quality issues, version history, keys and
 * CHECKs, tags, table properties, grants, column masks and row filters, OPTIMIZE, volumes and
 * samples, the clone of the catalog and its settings template. Each adds dialect-free steps; a
 * step needing what an engine lacks is reported as skipped with the reason.
 */
package clxs.plan.enrichment;
