/**
 * Fineline as a service: an HTTP/JSON API over a {@link dev.fineline.rules.PolicyEngine}, with a decision
 * log, Prometheus metrics, health endpoints, token authentication and TLS. Start one with
 * {@link dev.fineline.server.FinelineServer#builder}, or from the command line with {@code policy serve}.
 * The API is described in docs/openapi.yaml.
 */
package dev.fineline.server;
