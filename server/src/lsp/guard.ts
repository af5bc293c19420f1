// Every request and notification handler runs inside a guard: an internal error is logged and the
// client gets an empty answer, so no input can take the server down or leave a request unanswered.

import { ResponseError } from 'vscode-languageserver/node';

export type Logger = (message: string) => void;

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function guard<P extends unknown[], R>(log: Logger, name: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      // A deliberate answer to bad parameters goes back to the client as it is.
      if (error instanceof ResponseError) throw error;
      log(`foi-lint: ${name} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}

/** For notifications, which have no answer. */
export function guardVoid<P extends unknown[]>(log: Logger, name: string, handler: (...args: P) => void | Promise<void>): (...args: P) => void {
  const guarded = guard(log, name, undefined, handler);
  return (...args: P) => {
    void guarded(...args);
  };
}
