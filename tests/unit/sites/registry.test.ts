/**
 * Every app in the site registry is whole (refined-github's habit): its adapter with the registry's
 * id, its dated selectors, its content script on the registry's matches, its offline snapshots read
 * by a test, a fixture for every web client with the contract suite run on it, and a line in the
 * README's table of apps. Adding an app without one of these fails here, by name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_REGISTRY } from '@/lib/sites/registry.ts';
import type { Seen } from '@/lib/sites/seen.ts';
import type { SiteAdapter } from '@/lib/sites/types.ts';
import { CLIENTS } from '../../contract/clients.ts';

const ROOT = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const exists = (path: string) => existsSync(join(ROOT, path));

describe.each(SITE_REGISTRY.map((site) => [site.id, site] as const))('the registered app %s', (id, site) => {
  it('has an adapter with its id', async () => {
    const module = (await import(`../../../lib/sites/${id}/adapter.ts`)) as Record<string, unknown>;
    const adapters = Object.values(module).filter(
      (value): value is SiteAdapter => typeof value === 'object' && value !== null && 'composerAt' in value,
    );
    expect(adapters.map((adapter) => adapter.id)).toEqual([id]);
  });

  it('has selectors as data, each dated and sourced, and each one parses', async () => {
    const module = (await import(`../../../lib/sites/${id}/selectors.ts`)) as Record<string, unknown>;
    // Every Seen entry in every table the module exports, however deep.
    const entries: Seen[] = [];
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'object' && value !== null) {
        if ('css' in value && 'seen' in value) entries.push(value as Seen);
        else Object.values(value).forEach(collect);
      }
    };
    collect(module);
    expect(entries.length).toBeGreaterThan(8);
    for (const { css, seen, source } of entries) {
      expect(seen, css).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
      expect(source.length, css).toBeGreaterThan(5);
      expect(() => document.querySelector(css), css).not.toThrow();
    }
  });

  it('has a content script on exactly its matches, starting Softer with its adapter', () => {
    const script = read(`entrypoints/${id}.content/index.ts`);
    expect(script).toContain(`siteEntry('${id}').matches`);
    expect(script).toContain(`@/lib/sites/${id}/adapter.ts`);
    expect(script).toContain('startSofter(ctx,');
    expect(script).toContain("runAt: 'document_start'");
  });

  it('has offline snapshots that a unit test reads', () => {
    const snapshots = readdirSync(join(ROOT, `lib/sites/${id}/snapshots`)).filter((name) =>
      name.endsWith('.html'),
    );
    expect(snapshots.length).toBeGreaterThan(1);
    expect(exists(`tests/unit/sites/${id}-snapshots.test.ts`)).toBe(true);
  });

  it.each(site.clients.map((client) => [client.name, client] as const))(
    'has a fixture for its client %s and runs the contract on it',
    (name) => {
      expect(exists(`tests/fixtures/${name}/main.ts`)).toBe(true);
      expect(read(`tests/fixtures/${name}/index.html`)).toContain('main.js');
      const runs = Object.entries(CLIENTS).filter(
        ([key, client]) =>
          client.client === name &&
          client.site === id &&
          exists(`tests/contract/${key}.spec.ts`) &&
          read(`tests/contract/${key}.spec.ts`).includes(`runSiteContract(CLIENTS['${key}'])`),
      );
      expect(runs.length).toBeGreaterThan(0);
    },
  );

  it('has its line in the README’s table of apps', () => {
    const table = read('README.md')
      .split('\n')
      .filter((line) => line.startsWith('|'));
    expect(table.some((line) => line.includes(site.label) && line.includes(site.limits))).toBe(true);
  });
});
