/**
 * The command line: {@code pasokh serve|check|eval|bench [scale]}, parsed by picocli. Each command reads its options,
 * calls the services of the other packages and formats what they return; no search or article logic lives
 * here. Every command shares the folder options of {@link pasokh.cli.KnowledgeBaseOptions} and the exit codes
 * of {@link pasokh.cli.ExitCodes}.
 */
package pasokh.cli;
