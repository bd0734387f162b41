import { describe, expect, it } from 'vitest';
import { corpusDefaults, generateCorpus, type GeneratedArticle } from '../../pipeline/gen/corpus.ts';

const corpus = (articles: number, seed = 1): GeneratedArticle[] => [...generateCorpus({ ...corpusDefaults, articles, seed, shardSize: 50 })];

describe('generateCorpus', () => {
  const docs = corpus(400);

  it('is deterministic for a seed and differs across seeds', () => {
    expect(corpus(60)).toEqual(docs.slice(0, 60));
    expect(corpus(60, 2).map((d) => d.body)).not.toEqual(docs.slice(0, 60).map((d) => d.body));
  });

  it('numbers and shards files, one article each', () => {
    expect(docs).toHaveLength(400);
    expect(docs[0].file).toBe('shard-0000/0000000.txt');
    expect(docs[399].file).toBe('shard-0007/0000399.txt');
    expect(new Set(docs.map((d) => d.file)).size).toBe(400);
  });

  it('plants syndicated copies, hard negatives and every copy kind', () => {
    const roles = new Set(docs.map((d) => d.role));
    for (const role of ['original', 'negative', 'format', 'retitle', 'truncate', 'edit', 'truncate-edit']) expect(roles).toContain(role);
    const byCluster = new Map<string, GeneratedArticle[]>();
    for (const d of docs) byCluster.set(d.cluster, [...(byCluster.get(d.cluster) ?? []), d]);
    for (const members of byCluster.values()) {
      expect(['original', 'negative']).toContain(members[0].role);
      for (const copy of members.slice(1)) expect(copy.role).not.toMatch(/^(original|negative)$/);
    }
    expect([...byCluster.values()].some((m) => m.length > 1)).toBe(true);
  });

  it('wraps the body in site boilerplate and keeps realistic lengths', () => {
    for (const d of docs.slice(0, 50)) {
      for (const p of d.body.split('\n\n')) expect(d.text).toContain(p);
      expect(d.text).toContain(d.title);
      expect(d.text.length).toBeGreaterThan(d.body.length);
      expect(Number.isNaN(Date.parse(d.published))).toBe(false);
    }
    const words = docs.filter((d) => d.role === 'original').map((d) => d.body.split(/\s+/).length);
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(450);
    expect(mean).toBeLessThan(800);
  });

  it('gives hard negatives the topic and site of the story before them', () => {
    const i = docs.findIndex((d) => d.role === 'negative');
    const before = docs.slice(0, i).reverse().find((d) => d.role === 'original' || d.role === 'negative');
    expect(before).toBeDefined();
    expect(docs[i].site).toBe(before?.site);
    expect(docs[i].cluster).not.toBe(before?.cluster);
  });
});
