/**
 * Tools for measuring the portal's speed, kept apart from the portal itself. {@link pasokh.bench.LoadGenerator}
 * sends HTTP load from its own JVM, cheaply enough to share two cores with the server, and reports throughput,
 * client latency and the server's own time (Server-Timing). {@link pasokh.bench.SyntheticKnowledgeBase} makes
 * a large, valid, deterministic knowledge base from the shipped articles, so cost can be measured as the number
 * of articles and the vocabulary grow.
 */
package pasokh.bench;
