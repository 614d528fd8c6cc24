/**
 * Tools for measuring the portal's speed, kept apart from the portal itself. {@link pasokh.bench.LoadGenerator}
 * sends HTTP load from its own JVM, cheaply enough to share two cores with the server, and reports throughput,
 * client latency and the server's own time (Server-Timing). {@link pasokh.bench.SyntheticKnowledgeBase} makes
 * a large, valid, deterministic knowledge base from the shipped articles, so cost can be measured as the number
 * of articles and the vocabulary grow. On top of them, the two measurements the README reports:
 * {@link pasokh.bench.LoadBenchmark} (/api/search over HTTP, one connection then many; /api/suggest on one) and
 * {@link pasokh.bench.ScaleBenchmark} (start-up, memory and in-process search time per article count), both
 * over the distinct judged queries of a {@link pasokh.bench.QuerySet}. They return records; the commands print.
 */
package pasokh.bench;
