// Privacy, tested: the server's log never holds a token, a share id or an answer; a stored result holds no
// IP address or user agent; and the privacy page says what is stored, for how long and how to delete it,
// covering every column the results table has.
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { answersFor, postJson, validSubmission } from '../support/submissions.ts';

const PROBE_AGENT = 'PrivacyProbe/7.3 (probe-device)';
const CONTEXT = {
  status: 'dating',
  triggers: ['slow-replies', 'heated-argument'],
  goal: 'calmer-apart',
  partnerTakingTest: 'yes',
};

/** Every row of the results table, as the database holds it. */
async function rawRows(database: TestDatabase): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
  if (database.kind === 'sqlite') {
    const db = new Database(database.url, { readonly: true });
    try {
      const columns = (db.prepare('pragma table_info(results)').all() as { name: string }[]).map((c) => c.name);
      return { columns, rows: db.prepare('select * from results').all() as Record<string, unknown>[] };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const columns = (
      await client.query<{ column_name: string }>(
        "select column_name from information_schema.columns where table_name = 'results' order by ordinal_position",
      )
    ).rows.map((r) => r.column_name);
    return { columns, rows: (await client.query<Record<string, unknown>>('select * from results')).rows };
  } finally {
    await client.end();
  }
}

/**
 * Each column of the results table, and what the privacy page calls it (English, Chinese). A new column
 * fails the privacy test until the page explains it and this list says where.
 */
const COLUMN_EXPLAINED: Record<string, [string, string]> = {
  id: ['one record', '一条记录'],
  token_hash: ['fingerprint (a SHA-256 hash)', '“指纹”（SHA-256 哈希值）'],
  lang: ['the language you used', '你使用的语言'],
  instrument_id: ['the versions of the test', '测试和计分规则的版本'],
  instrument_version: ['the versions of the test', '测试和计分规则的版本'],
  scoring_version: ['of its scoring', '测试和计分规则的版本'],
  answers: ['your answers to the 30 statements', '你对 30 句描述'],
  safety: ['the three safety questions', '3 个安全问题的回答'],
  safety_concern: ['the three safety questions', '3 个安全问题的回答'],
  scores: ['the scores', '分数'],
  profile: ['the profile', '沟通画像'],
  playbook: ['the list of practices', '练习列表'],
  research: ['research use of your answers', '用于研究'],
  created_at: ['the date and time', '日期和时间'],
  context: ['your relationship status', '你目前的关系状态'],
  previous_result_id: ['keeps a reference to the earlier one', '指向旧记录的引用'],
  share_id: ['a public share id', '公开的分享编号'],
  share_indexable: ['let search engines list the page', '允许搜索引擎收录'],
};

describe.each(await testDatabaseKinds())('privacy on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer({ DATABASE_URL: database.url, LOG_REQUESTS: '1' });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${server.origin}${path}`, {
      redirect: 'manual',
      ...init,
      headers: { 'User-Agent': PROBE_AGENT, 'X-Forwarded-For': '203.0.113.77', ...(init.headers ?? {}) },
    });
  const form = (fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
  };

  test('tokens, share ids, answers and context never reach the log, whatever the route', async () => {
    const secrets: string[] = [];
    const saved = await postJson(server.origin, '/api/v1/results', validSubmission(), { 'User-Agent': PROBE_AGENT });
    expect(saved.status).toBe(201);
    const { token } = saved.json as { token: string };
    secrets.push(token);

    // Without JavaScript: the whole test as a form; the answer is a redirect to the private page.
    const answers = answersFor(2, { 'dep-1': 5 });
    const noJs = await send(
      '/zh/test/submit',
      form({
        ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, String(v)])),
        'safety.afraid': 'no',
        'safety.hurt': 'no',
        'safety.controlled': 'skip',
        research: 'yes',
      }),
    );
    expect(noJs.status).toBe(303);
    const noJsToken = /\/zh\/result\/([A-Za-z0-9_-]{43})/.exec(noJs.headers.get('location') ?? '')?.[1] ?? '';
    expect(noJsToken).toHaveLength(43);
    secrets.push(noJsToken);

    // A retake that names the result it retakes.
    const retake = await postJson(server.origin, '/api/v1/results', validSubmission({ previous: token }));
    expect(retake.status).toBe(201);
    const retakeToken = (retake.json as { token: string }).token;
    secrets.push(retakeToken);

    const shared = await postJson(server.origin, `/api/v1/results/${token}/share`, { indexable: false });
    const { shareId } = shared.json as { shareId: string };
    secrets.push(shareId);
    expect(
      (
        await send(`/api/v1/results/${token}/context`, {
          method: 'PUT',
          body: JSON.stringify(CONTEXT),
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBeLessThan(300);

    const visits: [string, RequestInit?][] = [
      [`/api/v1/results/${token}`],
      [`/en/result/${token}`],
      [`/zh/result/${token}?share=removed`],
      [`/en/result/${token}/card.png`],
      [`/api/v1/share/${shareId}`],
      [`/en/s/${shareId}`],
      [`/zh/s/${shareId}?utm=${token}`],
      [`/og/s/${shareId}.png?lang=zh`],
      [`/en/test/#retake=${token}`],
      [`/en/result/${token}x`],
      [`/api/v1/results/${token.slice(0, 20)}`],
      [`/en/s/${shareId.slice(0, 12)}`],
      [`/en/result/${noJsToken}/context`, form({ ...CONTEXT, triggers: CONTEXT.triggers })],
      [`/en/result/${noJsToken}/share`, form({ action: 'create', indexable: 'yes' })],
      [`/en/result/${noJsToken}/share`, form({ action: 'revoke' })],
      [`/api/v1/results/${retakeToken}`, { method: 'DELETE' }],
      [`/en/result/${noJsToken}/delete`, form({ confirm: 'yes' })],
      [`/api/v1/results/${token}/share`, { method: 'DELETE' }],
    ];
    for (const [path, init] of visits) {
      const res = await send(path, init);
      expect(res.status, path).toBeLessThan(500);
      await res.arrayBuffer();
    }

    // Logging was on: every request above is there (the last line may still be on its way), with its
    // private part replaced by :id.
    const logged = () =>
      server
        .output()
        .split('\n')
        .filter((l) => l.includes('"path"')).length;
    await expect.poll(logged).toBeGreaterThanOrEqual(visits.length + 5);
    const log = server.output();
    expect(log).toMatch(/"method":"POST","path":"\/api\/v1\/results","status":201/);
    expect(log).toMatch(/"path":"\/en\/result\/:id","status":200/);
    expect(log).toMatch(/"path":"\/og\/s\/:id","status":200/);

    for (const secret of secrets) {
      expect(log, 'a token or share id').not.toContain(secret);
      // Not even a recognisable part of one.
      expect(log, 'part of a token or share id').not.toContain(secret.slice(0, 12));
    }
    for (const leak of [
      '"answers"',
      'dep-1',
      'afraid',
      'slow-replies',
      'calmer-apart',
      'PrivacyProbe',
      'probe-device',
      '203.0.113.77',
    ])
      expect(log, leak).not.toContain(leak);
    // The only address in the output is the one the server listens on, printed once at start.
    expect(log.replaceAll(/listening on http:\/\/127\.0\.0\.1:\d+/g, '')).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
  });

  test('a stored result holds no IP address and no user agent, and each column is one the privacy page explains', async () => {
    const saved = await postJson(server.origin, '/api/v1/results', validSubmission(), {
      'User-Agent': PROBE_AGENT,
      'X-Forwarded-For': '203.0.113.77',
    });
    expect(saved.status).toBe(201);
    const { columns, rows } = await rawRows(database);
    expect(rows.length).toBeGreaterThan(0);
    for (const column of columns) expect(column).not.toMatch(/ip|addr|agent|^ua$|device|user|email|host|forward/i);
    const everything = JSON.stringify(rows);
    for (const leak of ['127.0.0.1', '::1', '203.0.113.77', 'PrivacyProbe', 'probe-device'])
      expect(everything, leak).not.toContain(leak);

    expect(Object.keys(COLUMN_EXPLAINED).sort()).toEqual([...columns].sort());
    const pages = {
      en: await (await fetch(`${server.origin}/en/privacy`)).text(),
      zh: await (await fetch(`${server.origin}/zh/privacy`)).text(),
    };
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'");
    for (const [column, [en, zh]] of Object.entries(COLUMN_EXPLAINED)) {
      expect(text(pages.en), `${column} (en)`).toContain(en);
      expect(text(pages.zh), `${column} (zh)`).toContain(zh);
    }
  });
});

describe('the privacy page', () => {
  let server: TestServer;
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startServer({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  test('says what is stored, for how long and how to delete it, in both languages', async () => {
    const headings = async (lang: string) => {
      const html = await (await fetch(`${server.origin}/${lang}/privacy`)).text();
      return { html, h2: [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, '')) };
    };
    const en = await headings('en');
    expect(en.h2).toEqual(
      expect.arrayContaining([
        'When you submit the test',
        'If you ask for more',
        'For how long',
        'How to delete it',
        'What the server logs',
      ]),
    );
    expect(en.html).toContain('Until you delete it.');
    expect(en.html).toMatch(/do <strong>not<\/strong> store your IP address, your browser or device/);
    expect(en.html).toContain('Delete my result');
    const zh = await headings('zh');
    expect(zh.h2).toEqual(
      expect.arrayContaining(['提交测试之后', '如果你想要更多', '保存多久', '怎样删除', '服务器日志']),
    );
    expect(zh.html).toContain('一直保存，直到你删除它。');
    expect(zh.html).toMatch(/<strong>不会<\/strong>保存你的 IP 地址、浏览器或设备信息/);
    expect(zh.html).toContain('删除我的结果');
  });
});
