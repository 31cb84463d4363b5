// The local commands' side of the one log interface (functions/log.ts): lines on the terminal, info and warnings
// to stdout as the commands always printed them, errors to stderr; fields, when given, as the console shows them.
import type { Log, LogFields } from '../functions/log.js';

type Print = (...parts: unknown[]) => void;

export function terminalLog(print: Print = console.log, printError: Print = console.error): Log {
  const to = (out: Print) => (message: string, fields?: LogFields) =>
    fields === undefined ? out(message) : out(message, fields);
  return { info: to(print), warn: to(print), error: to(printError) };
}
