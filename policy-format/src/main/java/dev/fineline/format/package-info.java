/**
 * Fineline's file formats: {@link dev.fineline.format.SituationFiles} reads situation files (YAML or
 * JSON, as docs/situation-format.yaml documents them and docs/situation-format.schema.json describes
 * them for editors), {@link dev.fineline.format.ScenarioFiles} reads scenario files (a situation plus
 * the {@link dev.fineline.format.Expectation} its decision must meet), and
 * {@link dev.fineline.format.DecisionJson} writes decisions as JSON. Bad files raise an
 * {@link dev.fineline.format.InvalidFileException} listing every {@link dev.fineline.format.FileProblem}
 * with file, line, column, field path and the offending value; no stack trace reaches the user.
 *
 * <p>Files are parsed with Jackson's streaming parsers into a small located tree, then mapped field by
 * field onto the model's records; see {@link dev.fineline.format.SituationFiles} for the value rules
 * and the size limits.
 */
package dev.fineline.format;
