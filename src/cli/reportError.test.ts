import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportError } from './runtime.js';

afterEach(() => vi.restoreAllMocks());

describe('reportError', () => {
  it('names the statement of a failed query and never the values bound to it', () => {
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';
    // What drizzle throws: its message embeds the parameters; the driver's error is the cause.
    const driver = Object.assign(new Error('duplicate key value violates unique constraint "users_username_unique"'), {
      code: '23505',
      detail: 'Key (username)=(admin) already exists.',
    });
    const failed = Object.assign(new Error(`Failed query: insert into "users" ("username", "password_hash") values ($1, $2)\nparams: admin,${hash}`), {
      query: 'insert into "users" ("username", "password_hash") values ($1, $2)',
      params: ['admin', hash],
      cause: driver,
    });
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    expect(() => reportError(failed)).toThrow('exit 1');
    expect(printed).toEqual(['错误：数据库执行失败（SQLSTATE 23505）：insert into "users" ("username", "password_hash") values ($1, $2)']);
  });

  it('lets an unexpected error through with its stack, for a bug to be reported', () => {
    const bug = new TypeError('x is undefined');
    expect(() => reportError(bug)).toThrow(bug);
  });
});
