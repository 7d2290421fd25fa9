import { ConsoleLogger, type Logger, LogLevel } from "@slack/logger";

const LEVELS: Record<string, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

export function createLogger(level: string, name = "tandem"): Logger {
  const logger = new ConsoleLogger();
  logger.setName(name);
  logger.setLevel(LEVELS[level] ?? LogLevel.INFO);
  return logger;
}
