import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/agendum';
import type { CliIo } from '../../../../electron/cli/cli-io';
import { runSymbolCommand } from '../../../../electron/cli/symbol-command';

interface FakeIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  readonly stdinReads: () => number;
}

function fakeIo(stdin = ''): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  let reads = 0;
  return {
    out,
    err,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readStdin: () => {
      reads += 1;
      return Promise.resolve(stdin);
    },
    stdinReads: () => reads,
  };
}

describe('agendum symbol', () => {
  it('prints "ok" for each good symbol and exits 0, without reading standard input', async () => {
    const io = fakeIo('never read');
    const status = await runSymbolCommand(
      ['CTOC/COP/WG.2/2012/1', 'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4', 'S/RES/1440 (2002)'],
      io,
    );
    expect(status).toBe(0);
    expect(io.out).toEqual([
      'CTOC/COP/WG.2/2012/1: ok',
      'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4: ok',
      'S/RES/1440 (2002): ok',
    ]);
    expect(io.err).toEqual([]);
    expect(io.stdinReads()).toBe(0);
  });

  it('prints the error, and exits 1 when any symbol has one', async () => {
    const io = fakeIo();
    const status = await runSymbolCommand(['A/67/1', 'CTOC/COP/wg.2/2012/3'], io);
    expect(status).toBe(1);
    expect(io.out).toEqual([
      'A/67/1: ok',
      'CTOC/COP/wg.2/2012/3: error: component 3 "wg.2" is in lower case: write "WG.2"',
    ]);
  });

  it('prints warnings and still exits 0', async () => {
    const io = fakeIo();
    const status = await runSymbolCommand(['E/CN.7/2012/CRX.3'], io);
    expect(status).toBe(0);
    expect(io.out).toEqual([
      'E/CN.7/2012/CRX.3: warning: component 4 "CRX.3" is not a special component the checker knows (L., CRP., PV., SR., WP., INF., MISC.)',
    ]);
  });

  it('joins several findings of one symbol on its line, errors first', async () => {
    const io = fakeIo();
    await runSymbolCommand(['a/67/L'], io);
    expect(io.out).toEqual([
      'a/67/L: error: component 1 "a" is in lower case: write "A"; warning: component 3 "L" usually carries its number, as in "L.1"',
    ]);
  });

  it('reads one symbol a line from standard input when given no arguments', async () => {
    const io = fakeIo('A/RES/66/290\r\n\nA//67\n  E/CN.15/2012/L.5/Rev.1  \n');
    const status = await runSymbolCommand([], io);
    expect(status).toBe(1);
    expect(io.out).toEqual([
      'A/RES/66/290: ok',
      'A//67: error: component 2 is empty ("//" after "A")',
      'E/CN.15/2012/L.5/Rev.1: ok',
    ]);
  });

  it('says what to do when there is nothing to check', async () => {
    const io = fakeIo('\n\n');
    expect(await main(['symbol'], io)).toBe(1);
    expect(io.err).toEqual([
      'agendum symbol: give symbols as arguments, or one a line on standard input',
    ]);
  });

  it('is a verb of the agendum command, listed in its usage', async () => {
    const io = fakeIo();
    expect(await main(['symbol', 'A/67/1/'], io)).toBe(1);
    expect(io.out).toEqual([
      'A/67/1/: error: the symbol ends with "/": a component is missing after it',
    ]);
    const usage = fakeIo();
    await main([], usage);
    expect(usage.err.some((line) => line.includes('agendum symbol'))).toBe(true);
  });
});
