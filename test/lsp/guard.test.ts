import * as assert from 'node:assert/strict';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { describeError, guard, guardVoid } from '../../server/src/lsp/guard';

// A handler that throws costs one log line and an empty answer, never the server.
describe('lsp guard', () => {
  it('logs an internal error and answers with the fallback', async () => {
    const logged: string[] = [];
    const handler = guard((m) => logged.push(m), 'hover', 'empty', () => {
      throw new Error('boom');
    });
    assert.equal(await handler(), 'empty');
    assert.equal(logged.length, 1);
    assert.match(logged[0], /foi-lint: hover failed: Error: boom/);
  });

  it('passes answers through, and deliberate protocol errors to the client', async () => {
    assert.equal(await guard(() => undefined, 'x', 0, async (n: number) => n + 1)(1), 2);
    const refused = guard(() => undefined, 'x', 0, () => {
      throw new ResponseError(ErrorCodes.InvalidParams, 'bad');
    });
    await assert.rejects(refused(), ResponseError);
  });

  it('guards notifications, which have no answer', async () => {
    const logged: string[] = [];
    guardVoid((m) => logged.push(m), 'didChange', async () => {
      throw new Error('late');
    })();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(logged.length, 1);
    assert.equal(describeError('plain'), 'plain');
  });
});
