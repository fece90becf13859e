/**
 * Runnable examples of embedding Fineline, one package each: a pre-publish check of a post
 * ({@code prepublish}), an offboarding audit ({@code offboarding}) and a corporate-account audit
 * ({@code corporate}). Each has a {@code main} that builds a situation, judges it with the built-in
 * rules and prints the decision with its reasons.
 */
package dev.fineline.examples;
