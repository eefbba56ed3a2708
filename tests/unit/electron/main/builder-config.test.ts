import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../electron-builder.json'), 'utf8'),
) as {
  electronFuses: Record<string, boolean>;
  files: string[];
  asar: boolean;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};

describe('the packaged build', () => {
  it('sets the fuses: no run-as-node, no NODE_OPTIONS, no inspector, asar integrity, asar only', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('targets AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('never packages the test host or its HTTP bridge', () => {
    expect(config.files).toContain('!dist/test-host/**');
    expect(config.files.some((pattern) => pattern.includes('tests/'))).toBe(false);
  });
});
