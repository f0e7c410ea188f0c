// Structured logs: one JSON object per line on stdout. Lambda's JSON log format
// passes such lines through unchanged, so Logs Insights can filter on any field
// (`articleKey`, `requestId`, `status`).
const LEVELS = { DEBUG: 10, INFO: 20, WARN: 30, ERROR: 40 } as const;
type Level = keyof typeof LEVELS;
type Fields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  /** A logger that adds these fields to every line, e.g. the request id. */
  with(fields: Fields): Logger;
}

/** Lambda sets AWS_LAMBDA_LOG_LEVEL from the function's application log level. */
const minimum = (): number => LEVELS[(process.env.AWS_LAMBDA_LOG_LEVEL?.toUpperCase() as Level) ?? "INFO"] ?? LEVELS.INFO;

export function createLogger(context: Fields = {}): Logger {
  const write = (level: Level, message: string, fields: Fields = {}) => {
    if (LEVELS[level] < minimum()) return;
    const line = { timestamp: new Date().toISOString(), level, message, ...context, ...fields };
    process.stdout.write(JSON.stringify(line, replaceErrors) + "\n");
  };
  return {
    debug: (message, fields) => write("DEBUG", message, fields),
    info: (message, fields) => write("INFO", message, fields),
    warn: (message, fields) => write("WARN", message, fields),
    error: (message, fields) => write("ERROR", message, fields),
    with: (fields) => createLogger({ ...context, ...fields }),
  };
}

/** Errors keep their name, message, context, stack and cause in the log (JSON.stringify drops them). */
function replaceErrors(_key: string, value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  return { ...value, name: value.name, message: value.message, stack: value.stack, cause: value.cause };
}
