// The read reports, each fetched over HTTP 20 times after a warm-up, one line of figures each.
import { timed } from './http.mjs';

export async function measureReport(base, ids) {
  let enrolled = 0;
  const { p50, p95 } = await timed(20, async () => {
    const res = await fetch(`${base}/cohorts/${ids.big}/report`, {
      headers: { authorization: `Bearer ${ids.admin}` },
    });
    enrolled = (await res.json()).participants.length;
  });
  console.log(
    `cohort report, ${enrolled} participants × 30 activities, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (budget 150 ms)`,
  );
}

export async function measureCsv(base, ids) {
  let lines = 0;
  let columns = 0;
  const { p50, p95 } = await timed(20, async () => {
    const text = await fetch(`${base}/cohorts/${ids.matrix}/report.csv`, {
      headers: { authorization: `Bearer ${ids.admin}` },
    }).then((r) => r.text());
    const rows = text.trimEnd().split('\n');
    lines = rows.length - 1;
    columns = rows[0].split(',').length - 10;
  });
  console.log(
    `CSV report, ${lines} participants × ${columns} activities, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (budget 300 ms)`,
  );
}

export async function measureTimeline(base, ids) {
  let points = 0;
  const { p50, p95 } = await timed(20, async () => {
    const res = await fetch(`${base}/cohorts/${ids.big}/report/timeline`, {
      headers: { authorization: `Bearer ${ids.admin}` },
    });
    points = (await res.json()).points.length;
  });
  console.log(
    `cohort timeline, 10000 participants × 30 activities, ${points} weeks, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
  );
}

export async function measureProgramme(base, ids) {
  let cohorts = 0;
  let enrolled = 0;
  const { p50, p95 } = await timed(20, async () => {
    const res = await fetch(`${base}/reports/programme`, {
      headers: { authorization: `Bearer ${ids.admin}` },
    });
    const body = await res.json();
    cohorts = body.cohorts.length;
    enrolled = body.totals.enrolled;
  });
  console.log(
    `programme overview, ${cohorts} cohorts, ${enrolled} enrolments, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
  );
}

/** The impact report over every answer (23,000 participants × 5 dimensions × 2 phases), by dimension and by region. */
export async function measureImpact(base, ids) {
  for (const group of ['dimension', 'region']) {
    let rows = 0;
    const { p50, p95 } = await timed(20, async () => {
      const res = await fetch(`${base}/reports/impact?group=${group}`, {
        headers: { authorization: `Bearer ${ids.admin}` },
      });
      rows = (await res.json()).rows.length;
    });
    console.log(
      `impact by ${group}, 23000 participants × 5 dimensions × 2 phases, ${rows} rows, HTTP: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    );
  }
}
