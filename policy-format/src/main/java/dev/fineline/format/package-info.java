/**
 * Fineline's file formats: {@link dev.fineline.format.SituationFiles} reads situation files (YAML or
 * JSON, as docs/situation-format.yaml documents them), {@link dev.fineline.format.ScenarioFiles} reads
 * scenario files (a situation plus what its decision must show), and
 * {@link dev.fineline.format.DecisionJson} writes decisions as JSON. Bad files raise an
 * {@link dev.fineline.format.InvalidFileException} listing every problem with file, line, column,
 * field path and the offending value.
 */
package dev.fineline.format;
