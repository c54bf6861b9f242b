/** The command-line tools as a reader runs them: through a pipe that may close early. */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';

const tsx = (script: string, ...args: string[]) => [process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args]] as const;

describe('command-line tools', () => {
  it('eval prints non-English figures, and a set with nothing to find as its false marks', () => {
    const [node, args] = tsx('eval.ts', 'tests/heldout2/texts', 'tests/heldout2/labels.json');
    const out = execFileSync(node, args, { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/^non-English +precision \d\.\d{3} +recall \d\.\d{3} +F1 \d\.\d{3}/m);
    expect(out).toMatch(/^ +distractor +nothing to find: \d+ false marks?$/m);
  }, 60_000);

  it('ends quietly when the reader closes the pipe (`| head`)', async () => {
    const [node, args] = tsx('fact.ts', '--audit');
    const child = spawn(node, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  }, 60_000);
});
