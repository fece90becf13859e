/**
 * The {@code policy} command line ({@link dev.fineline.cli.PolicyCli}): {@code check}, {@code test},
 * {@code validate} and {@code rules}. Everything but the entry point is package-private.
 */
package dev.fineline.cli;
